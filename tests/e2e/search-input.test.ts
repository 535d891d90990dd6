import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
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
  for (const [name, query] of Object.entries(inputs)) {
    test(`${name}, in the dialog and in /search/?q=`, async () => {
      const page = await site.session();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${site.origin}/articles/untso/`);
      await page.keyboard.press('Control+k');
      const input = page.locator('dialog.search-dialog input[type="search"]');
      await input.fill(query);
      const status = page.locator('dialog.search-dialog .search-status');
      await within(status.filter({ hasText: query.slice(0, 30) }).waitFor(), 'the query, as text, in the status line');
      assert.equal(await page.locator('dialog.search-dialog .search-status *').count(), 0, 'status holds text only');

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
      assert.deepEqual(dialogs, [], 'nothing executed');
    });
  }
});
