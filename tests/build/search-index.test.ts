import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentWords } from '../../src/search/core/sections.ts';
import { vocabularyKey } from '../../src/search/core/vocabulary.ts';
import {
  CONTRACT_VERSION,
  outlineFile,
  sectionFile,
  siteWordsFile,
  vocabularyFile,
  type PageOutline,
  type SectionText,
  type SiteWords,
} from '../../src/search/contract.ts';
import { DIST } from '../helpers/site.ts';
import { indexedPages, LANGUAGES } from '../helpers/pagefind-pages.ts';

/**
 * The files the build writes beside Pagefind's (src/search/contract.ts), checked on the built site
 * against what Pagefind's own browser API gives for each page.
 */
const PAGEFIND = path.join(DIST, 'pagefind');
const json = <T>(file: string) => JSON.parse(readFileSync(path.join(PAGEFIND, file), 'utf8')) as T;
const siteWords = (lang: string) => json<SiteWords>(siteWordsFile(lang));

test('each language has its own index, of its own pages, and word lists of this contract’s version', async () => {
  for (const lang of LANGUAGES) {
    const pages = await indexedPages(lang);
    assert.ok(pages.length >= 80, `${lang}: ${pages.length} pages`);
    for (const { page } of pages) assert.equal(page.url.startsWith('/ar/'), lang === 'ar', page.url);
    const words = siteWords(lang);
    assert.equal(words.version, CONTRACT_VERSION);
    assert.equal(words.pages, pages.length, `${lang}: the word lists count the index's pages`);
    assert.equal(words.sections, true, `${lang}: pages are cut into section files`);
  }
});

test('on today’s site no word costs enough to be frequent: every word a reader types is looked up', () => {
  for (const lang of LANGUAGES) assert.deepEqual(siteWords(lang).frequent, {}, lang);
});

test('the vocabulary for spelling suggestions holds the words of the indexed pages, by first letter', () => {
  const armistice = json<string[]>(vocabularyFile('en', 'a'.codePointAt(0)!.toString(16)));
  assert.ok(armistice.includes('armistice'));
  assert.ok(armistice.every((word) => word.startsWith('a')));
});

test('every "Did you mean" file is small, and holds the words its key names: Arabic split by letters after the article', () => {
  const problems: string[] = [];
  for (const lang of LANGUAGES) {
    const { vocabulary, vocabularySplit } = siteWords(lang);
    const split = new Set(vocabularySplit);
    for (const file of readdirSync(PAGEFIND).filter((name) => name.startsWith(`words.${lang}.`))) {
      const key = file.slice(`words.${lang}.`.length, -'.json'.length);
      const words = json<string[]>(file);
      const gzip = gzipSync(JSON.stringify(words)).length;
      // The split threshold is 1 KB; a file under a split letter is a part of one.
      if (gzip > 1024) problems.push(`${file}: ${gzip} bytes gzip`);
      for (const word of words) if (vocabularyKey(word, split) !== key) problems.push(`${file}: ${word}`);
      if (!key.includes('-') && !vocabulary.includes(key)) problems.push(`${file}: not listed`);
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(siteWords('ar').vocabularySplit.length > 0, 'the largest Arabic letters are split by the next letter');
});

test('Pagefind’s script is shipped shortened by esbuild', () => {
  const script = readFileSync(path.join(PAGEFIND, 'pagefind.js'), 'utf8');
  // Pagefind writes one statement a line; esbuild puts the whole script on a few lines.
  assert.ok(script.split('\n').length < 20, `${script.split('\n').length} lines`);
});

test('the Key facts box is indexed as a section of its own, and citation marks and section-link labels are not', async () => {
  const untso = (await indexedPages('en')).find(({ page }) => page.url === '/articles/untso/')!;
  const { content } = untso.page;
  // Pagefind ends each heading's text with a full stop.
  assert.ok(/Key facts\.? Established/.test(content), content.slice(0, 200));
  assert.equal(/\[\d+\]/.exec(content)?.[0], undefined, 'a citation mark in the indexed text');
  assert.ok(!content.includes('Link to section'));
});

for (const lang of LANGUAGES)
  test(`${lang}: each indexed page is cut into an outline and section files that hold its whole text, each section titled by its whole heading, smaller than Pagefind’s page data`, async () => {
    for (const { id, page, bytes } of await indexedPages(lang)) {
      const outline = json<PageOutline>(outlineFile(id));
      assert.equal(outline.url, page.url, id);
      assert.equal(outline.title, page.meta['title'], id);
      const sections = outline.sections.map((_, i) => json<SectionText>(sectionFile(id, i)));
      // Together the sections are the page's text, word for word, at the positions Pagefind counts.
      assert.deepEqual(contentWords(sections.map((section) => section.text).join(' ')), contentWords(page.content), id);
      outline.sections.forEach(([start, heading], i) => {
        const anchor = page.anchors.find((a) => a.id === sections[i].id);
        if (!sections[i].id) return assert.equal(start, 0, `${id}: only the opening has no heading`);
        assert.equal(start, anchor?.location, `${id}#${sections[i].id} starts at its heading`);
        assert.equal(
          contentWords(sections[i].text).slice(0, heading).join(' ').replace(/\.$/, ''),
          sections[i].title,
          `${id}#${sections[i].id}: the heading's whole text is the title and opens the section`,
        );
      });
      if (page.url.includes('/articles/')) {
        const gzipKb = (file: string) => gzipSync(readFileSync(path.join(PAGEFIND, file)), { level: 9 }).length / 1024;
        const outlineKb = gzipKb(outlineFile(id));
        const largest = Math.max(...outline.sections.map((_, i) => gzipKb(sectionFile(id, i))));
        assert.ok(outlineKb < 0.5, `${id}: outline ${outlineKb.toFixed(2)} KB`);
        assert.ok(
          outlineKb + 3 * largest < bytes / 1024,
          `${id}: outline and three largest sections (${(outlineKb + 3 * largest).toFixed(1)} KB) against the page data (${(bytes / 1024).toFixed(1)} KB)`,
        );
      }
    }
  });
