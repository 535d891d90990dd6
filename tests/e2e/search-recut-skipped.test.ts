import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildSearchIndex } from '../../src/search/build/index.ts';
import { SECTIONS_FOLDER } from '../../src/search/contract.ts';
import { useBuiltSite } from '../helpers/builtSite.ts';
import { DIST, ROOT } from '../helpers/site.ts';

/**
 * The index re-cut and the section files read Pagefind's private file format, and the build shortens
 * Pagefind's script. Faced with a Pagefind version they do not know, all three must step aside with a
 * warning and leave Pagefind's own files, and search must still work, its results cut into sections
 * from Pagefind's own page files.
 * The built site is copied and indexed again with no version known to the re-cut.
 */
const COPY = path.join(ROOT, 'tests/.output/recut-skipped');
const warnings: string[] = [];
let result: Awaited<ReturnType<typeof buildSearchIndex>> | undefined;

const site = useBuiltSite(COPY, {
  prepare: async () => {
    rmSync(COPY, { recursive: true, force: true });
    cpSync(DIST, COPY, { recursive: true });
    rmSync(path.join(COPY, 'pagefind'), { recursive: true });
    result = await buildSearchIndex(
      COPY,
      { info: () => {}, warn: (message: string) => warnings.push(message) },
      { knownVersions: [] },
    );
  },
});

test('the re-cut, the script minifier and the section files step aside with a warning, Pagefind’s own files stay, and search still answers with sections', async () => {
  const page = await site.open('/articles/untso/');
  assert.equal(warnings.length, 3, warnings.join('\n'));
  assert.match(warnings[0], /re-cut skipped, Pagefind's own index is used as written/);
  assert.match(warnings[1], /Pagefind's script left as written/);
  assert.match(warnings[2], /Search result sections not written/);
  assert.ok(!existsSync(path.join(COPY, 'pagefind', SECTIONS_FOLDER)), 'no section files');
  assert.match(readFileSync(path.join(COPY, 'pagefind/pagefind.js'), 'utf8'), /^const pagefind_version="/);
  assert.deepEqual(result?.layouts, [], 'no index was re-cut');
  assert.ok(readdirSync(path.join(COPY, 'pagefind/index')).length > 0, 'Pagefind wrote its chunks');

  await page.keyboard.press('Control+k');
  await page.locator('dialog.search-dialog input[type="search"]').fill('UNTSO headquarters');
  const first = page.locator('dialog.search-dialog .search-results > .search-result').first();
  await first.waitFor();
  assert.match((await first.locator('a').first().getAttribute('href')) ?? '', /untso/);
  assert.match((await first.locator('a.search-section').first().getAttribute('href')) ?? '', /untso\/.*#/);
});
