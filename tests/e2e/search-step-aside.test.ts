import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildSearchIndex } from '../../src/search/build/index.ts';
import { SECTIONS_FOLDER, siteWordsFile, type SiteWords } from '../../src/search/contract.ts';
import type { PagefindApi } from '../../src/search/core/pagefind-api.ts';
import { useBuiltSite } from '../helpers/builtSite.ts';
import { within } from '../helpers/wait.ts';
import { DIST, ROOT } from '../helpers/site.ts';

/**
 * The build reads what Pagefind's browser API gives for each page to cut it into section files. A
 * Pagefind that answers in another shape (a page's headings renamed, as a release might) must make
 * that step stand aside with a warning, leave Pagefind's own files, and search must still work, its
 * results cut into sections from Pagefind's own page data in the browser.
 * The built site is copied and indexed again with Pagefind's answers changed on their way to the build.
 */
const COPY = path.join(ROOT, 'tests/.output/search-step-aside');
const warnings: string[] = [];

/** Pagefind's API, with each page's `anchors` under another name. */
const anotherShape = (api: PagefindApi): PagefindApi => ({
  ...api,
  search: async (term, options) => {
    const found = await api.search(term, options);
    return (
      found && {
        results: found.results.map((result) => ({
          ...result,
          data: async () => {
            const { anchors, ...page } = await result.data();
            return { ...page, headings: anchors } as unknown as Awaited<ReturnType<typeof result.data>>;
          },
        })),
      }
    );
  },
});

const site = useBuiltSite(COPY, {
  prepare: async () => {
    rmSync(COPY, { recursive: true, force: true });
    cpSync(DIST, COPY, { recursive: true });
    rmSync(path.join(COPY, 'pagefind'), { recursive: true });
    await buildSearchIndex(
      COPY,
      { info: () => {}, warn: (message: string) => warnings.push(message) },
      { pagefindApi: anotherShape },
    );
  },
});

test('the section files step aside with a warning for each language, Pagefind’s own files stay, and search still answers with sections', async () => {
  const page = await site.open('/articles/untso/');
  assert.equal(warnings.length, 2, warnings.join('\n'));
  for (const lang of ['ar', 'en']) {
    assert.ok(
      warnings.some((warning) => warning.startsWith(`Search result sections not written (${lang})`)),
      warnings.join('\n'),
    );
    const words = JSON.parse(readFileSync(path.join(COPY, 'pagefind', siteWordsFile(lang)), 'utf8')) as SiteWords;
    assert.equal(words.sections, false, `${lang}: the word lists say there are no section files`);
  }
  assert.ok(!existsSync(path.join(COPY, 'pagefind', SECTIONS_FOLDER)), 'no section files');

  await page.keyboard.press('Control+k');
  await page.locator('dialog.search-dialog input[type="search"]').fill('UNTSO headquarters');
  const first = page.locator('dialog.search-dialog .search-results > .search-result').first();
  await within(first.waitFor(), 'a result for "UNTSO headquarters"');
  assert.match((await first.locator('a').first().getAttribute('href')) ?? '', /untso/);
  assert.match((await first.locator('a.search-section').first().getAttribute('href')) ?? '', /untso\/.*#/);
});
