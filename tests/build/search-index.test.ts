import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { chunkListOf, compareUtf8, pageFiles, readPageFile } from '../../src/search/build/format.ts';
import { contentWords } from '../../src/search/core/sections.ts';
import {
  outlineFile,
  sectionFile,
  siteWordsFile,
  vocabularyFile,
  type PageOutline,
  type SectionText,
} from '../../src/search/contract.ts';
import { chunkTargetBytes } from '../../src/search/build/layout.ts';
import { EXCLUDED_CLASSES } from '../../src/search/build/index.ts';
import { vocabularyKey } from '../../src/search/core/vocabulary.ts';
import { indexedText } from '../../src/search/build/site-words.ts';
import { htmlFiles } from '../../src/lib/builtSite.ts';
import { searchWords } from '../../src/search/core/words.ts';
import { DIST } from '../helpers/site.ts';
import { chunksOf } from '../helpers/pagefind-index.ts';

const PAGEFIND = path.join(DIST, 'pagefind');

/** The languages of the index: Pagefind writes one index per `<html lang>`. */
const LANGUAGES = Object.keys(
  (JSON.parse(readFileSync(path.join(PAGEFIND, 'pagefind-entry.json'), 'utf8')) as { languages: object }).languages,
);

test('the site has one search index per language, English and Arabic', () => {
  assert.deepEqual(LANGUAGES.sort(), ['ar', 'en']);
});

test('each language’s index is laid out in chunks of about one size, none left over', () => {
  const listed = new Set<string>();
  for (const language of LANGUAGES) {
    const chunks = chunksOf(PAGEFIND, language);
    const sizes = chunks.map((words) => words.reduce((sum, word) => sum + encode(word).length, 0));
    const target = chunkTargetBytes(sizes.reduce((a, b) => a + b, 0));
    chunks.forEach((words, i) => {
      if (words.length > 1)
        assert.ok(
          sizes[i] <= target,
          `${language} chunk ${i} (${words[0][0]}…) is ${sizes[i]} bytes, more than ${target}`,
        );
    });
    assert.ok(chunks.length > 3, 'a query can download part of the index, not all of it');
    for (const [, , hash] of chunkListOf(PAGEFIND, language)) listed.add(`${hash}.pf_index`);
  }
  assert.deepEqual(
    new Set(readdirSync(path.join(PAGEFIND, 'index'))),
    listed,
    'every chunk file is listed, and only those',
  );
  assert.equal(
    readdirSync(PAGEFIND).filter((file) => file.endsWith('.pf_meta')).length,
    LANGUAGES.length,
    'one metadata file per language, the ones pagefind-entry.json names',
  );
});

for (const language of LANGUAGES)
  test(`${language}: the chunk list leaves no gap: a word as typed ("agreements") falls in exactly one range`, () => {
    const list = chunkListOf(PAGEFIND, language);
    const chunks = chunksOf(PAGEFIND, language);
    list.forEach(([from, to], i) => {
      for (const [stem] of chunks[i])
        assert.ok(compareUtf8(from, stem) <= 0 && compareUtf8(stem, to) <= 0, `"${stem}" is within its chunk's range`);
      if (i === list.length - 1) return;
      const next = list[i + 1][0];
      assert.ok(compareUtf8(to, next) < 0, `range ${i} ends before range ${i + 1} begins`);
      // Nothing sorts between the two: the range reaches up to the string just before the next one.
      assert.ok(to.endsWith('\u{10FFFF}'), `range ${i} ("${from}"…"${to}") reaches up to "${next}"`);
    });
  });

const indexedPages = htmlFiles(DIST)
  .map((file) => indexedText(readFileSync(path.join(DIST, file), 'utf8'), EXCLUDED_CLASSES))
  .filter((page) => page !== undefined);

for (const language of LANGUAGES)
  test(`${language}: the common-word list holds only words that are on most of that language’s indexed pages`, () => {
    const { common } = JSON.parse(readFileSync(path.join(PAGEFIND, siteWordsFile(language)), 'utf8')) as {
      common: unknown;
    };
    assert.ok(
      Array.isArray(common) && common.every((word) => typeof word === 'string' && searchWords(word).join(' ') === word),
    );
    const pages = indexedPages.filter((page) => page.lang === language).map((page) => new Set(searchWords(page.text)));
    for (const word of common as string[]) {
      const on = pages.filter((words) => words.has(word)).length;
      assert.ok(on > pages.length / 2, `"${word}" is on ${on} of ${pages.length} indexed pages`);
    }
  });

test('the vocabulary for spelling suggestions holds the words of the indexed pages, by first letter', () => {
  const armistice = JSON.parse(
    readFileSync(path.join(PAGEFIND, vocabularyFile('en', 'a'.codePointAt(0)!.toString(16))), 'utf8'),
  ) as string[];
  assert.ok(armistice.includes('armistice'));
  assert.ok(armistice.every((word) => word.startsWith('a')));
});

test('every "Did you mean" file is small, and holds the words its key names: Arabic split by letters after the article', () => {
  const problems: string[] = [];
  for (const language of LANGUAGES) {
    const { vocabulary, vocabularySplit } = JSON.parse(
      readFileSync(path.join(PAGEFIND, siteWordsFile(language)), 'utf8'),
    ) as { vocabulary: string[]; vocabularySplit: string[] };
    const split = new Set(vocabularySplit);
    const files = readdirSync(PAGEFIND).filter((file) => file.startsWith(`words.${language}.`));
    for (const file of files) {
      const key = file.slice(`words.${language}.`.length, -'.json'.length);
      const words = JSON.parse(readFileSync(path.join(PAGEFIND, file), 'utf8')) as string[];
      const gzip = gzipSync(JSON.stringify(words)).length;
      // The split threshold is 1 KB; a file under a split letter is a part of one.
      if (gzip > 1024) problems.push(`${file}: ${gzip} bytes gzip`);
      for (const word of words) if (vocabularyKey(word, split) !== key) problems.push(`${file}: ${word}`);
      if (!key.includes('-') && !vocabulary.includes(key)) problems.push(`${file}: not listed`);
    }
  }
  assert.deepEqual(problems, []);
  // The Arabic article and joined letters no longer fill the files for ا and و.
  const ar = JSON.parse(readFileSync(path.join(PAGEFIND, siteWordsFile('ar')), 'utf8')) as {
    vocabularySplit: string[];
  };
  assert.ok(ar.vocabularySplit.length > 0, 'the largest Arabic letters are split by the next letter');
});

test('Pagefind’s script is shipped shortened by esbuild, its version still stated', () => {
  const script = readFileSync(path.join(PAGEFIND, 'pagefind.js'), 'utf8');
  assert.match(script, /"1\.6\.0"/);
  // Pagefind writes `const pagefind_version=…` and long names such as passStringToWasm0; esbuild shortens both.
  assert.doesNotMatch(script, /pagefind_version|passStringToWasm0/);
});

test('the Key facts box is indexed as a section of its own, and citation marks are not', () => {
  const untso = indexedText(readFileSync(path.join(DIST, 'articles/untso/index.html'), 'utf8'), EXCLUDED_CLASSES)!;
  assert.match(untso.text, /Key facts\s+Established/);
  assert.doesNotMatch(untso.text, /\[\d+\]/);
  // Nor are the section links' hidden labels, which repeat their headings.
  assert.doesNotMatch(untso.text, /Link to section/);
});

test('each indexed page is cut into an outline and section files that hold its whole text, each section titled by its whole heading, smaller than Pagefind’s page file', () => {
  const pages = pageFiles(PAGEFIND);
  assert.ok(pages.length >= 140, `${pages.length} pages indexed`);
  const json = (file: string) => JSON.parse(readFileSync(path.join(PAGEFIND, file), 'utf8'));
  const gzipKb = (file: string) => gzipSync(readFileSync(path.join(PAGEFIND, file)), { level: 9 }).length / 1024;
  for (const { id, file } of pages) {
    const page = readPageFile(file);
    const outline = json(outlineFile(id)) as PageOutline;
    assert.equal(outline.url, page.url, id);
    assert.equal(outline.title, page.meta['title'], id);
    const sections = outline.sections.map((_, i) => json(sectionFile(id, i)) as SectionText);
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
      const fragment = readFileSync(file).length / 1024;
      const outlineKb = gzipKb(outlineFile(id));
      const largest = Math.max(...outline.sections.map((_, i) => gzipKb(sectionFile(id, i))));
      assert.ok(outlineKb < 0.5, `${id}: outline ${outlineKb.toFixed(2)} KB`);
      assert.ok(
        outlineKb + 3 * largest < fragment,
        `${id}: outline and three largest sections (${(outlineKb + 3 * largest).toFixed(1)} KB) against the page file (${fragment.toFixed(1)} KB)`,
      );
    }
  }
});
