import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/builtSite.ts';
import { within } from '../helpers/wait.ts';

// Every page opened below must stay on 127.0.0.1, log no error or CSP violation and set no cookie.
const site = useBuiltSite();

describe('odd search input is shown as text, never run', () => {
  const inputs = {
    'an image tag with an onerror handler': '<img src=x onerror=alert(1)>',
    'a script tag breaking out of an attribute': '"><script>alert(2)</script>',
    'a 2,000-character string': 'observer '.repeat(223).slice(0, 2000),
    emoji: '🕊️ peace 🇺🇳',
    'Arabic text': 'بعثة المراقبين العسكريين',
  };
  // Two sessions shared by the inputs: the dialog opened once on an article (each input typed over the
  // last, as a reader retypes), and /search/ opened from each input's address. A fresh session and a
  // fresh start of search for every input cost more than the checks.
  const alerts: string[] = [];
  let opening: Promise<{ article: Page; searchPage: Page }> | undefined;
  const sessions = () =>
    (opening ??= (async () => {
      const [article, searchPage] = [
        await site.sharedSession({}, 'dialog'),
        await site.sharedSession({}, 'search page'),
      ];
      for (const page of [article, searchPage])
        page.on('dialog', (dialog) => {
          alerts.push(dialog.message());
          void dialog.dismiss();
        });
      await article.goto(`${site.origin}/articles/untso/`);
      await article.keyboard.press('Control+k');
      return { article, searchPage };
    })());
  for (const [name, query] of Object.entries(inputs)) {
    test(`${name}, in the dialog and in /search/?q=`, async () => {
      const { article, searchPage: page } = await sessions();
      alerts.length = 0;
      const input = article.locator('dialog.search-dialog input[type="search"]');
      await input.fill(query);
      const status = article.locator('dialog.search-dialog .search-status');
      await within(status.filter({ hasText: query.slice(0, 30) }).waitFor(), 'the query, as text, in the status line');
      assert.equal(await article.locator('dialog.search-dialog .search-status *').count(), 0, 'status holds text only');

      await page.goto(`${site.origin}/search/?q=${encodeURIComponent(query)}`);
      await within(
        page
          .locator('.search-page .search-status')
          .filter({ hasText: query.slice(0, 30) })
          .waitFor(),
        'the query, as text, in the status line of /search/',
      );
      assert.equal(await page.locator('.search-page img, .search-page script').count(), 0);
      // Still usable: an ordinary search after the odd one returns results.
      await page.locator('.search-page input[type="search"]').fill('armistice');
      await within(
        page.locator('.search-page .search-result').first().waitFor(),
        'results for "armistice" after the odd query',
      );
      assert.deepEqual(alerts, [], 'nothing executed');
    });
  }
});
