import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildSearchIndex } from '../../src/search/build/index.ts';
import { pagefindSession } from '../../src/search/build/node-pagefind.ts';
import {
  outlineFile,
  SECTIONS_FOLDER,
  siteWordsFile,
  type PageOutline,
  type SiteWords,
} from '../../src/search/contract.ts';
import { searchWords } from '../../src/search/core/words.ts';
import { isStopWord } from '../../src/search/core/query.ts';
import { nodeSearch } from '../helpers/node-search.ts';
import { judge, LANGS, readerQuestions } from '../helpers/reader-questions.ts';
import { DIST, ROOT } from '../helpers/site.ts';

/**
 * Frequent words (src/search/ranking.ts) matter at thousands of articles, where a word on most pages
 * has an index entry of hundreds of KB; on today's site none costs that much. To test the design here,
 * the built site is indexed again with a threshold of 1.5 KB instead of 16 KB, which makes a few
 * hundred words frequent: every reader question must still be answered, a frequent word must cost no
 * download when the query has other words, and what the build stored and measured must be what
 * Pagefind's own search says.
 */
const COPY = path.join(ROOT, 'tests/.output/search-frequent');
const INDEX = path.join(COPY, 'pagefind');
const THRESHOLD = 1500;
const siteWords = (lang: string) =>
  JSON.parse(readFileSync(path.join(INDEX, siteWordsFile(lang)), 'utf8')) as SiteWords;

before(async () => {
  rmSync(COPY, { recursive: true, force: true });
  cpSync(DIST, COPY, { recursive: true });
  rmSync(INDEX, { recursive: true });
  await buildSearchIndex(COPY, { info: () => {}, warn: () => {} }, { frequentLookupBytes: THRESHOLD });
});

test('both languages have frequent words, "observers" and المراقبون among them, each form of one word under one key', () => {
  const en = siteWords('en').frequent;
  const ar = siteWords('ar').frequent;
  assert.ok(Object.keys(en).length >= 10 && Object.keys(ar).length >= 10);
  assert.ok(en['observers'] && ar['المراقبون'], 'the most used words are frequent');
  assert.equal(en['observers'][0], en['observer'][0], 'observers and observer share a key');
});

for (const lang of LANGS)
  test(`${lang}: with frequent words scored on the best pages, every reader question is still answered`, async () => {
    const answers = judge(COPY);
    const search = nodeSearch(lang, COPY);
    const missed: string[] = [];
    for (const question of readerQuestions(lang)) {
      const shown = (await search.ask(question.q)).flatMap((page) => page.sections.map((section) => section.url));
      const problem = answers(question, lang, shown);
      if (problem) missed.push(`${question.q}: ${problem}`);
    }
    assert.deepEqual(missed, []);
  });

/** The index files a fresh session downloads to answer `query`. */
async function indexFilesFor(lang: string, query: string, dir = COPY) {
  const search = nodeSearch(lang, dir);
  const shown = await search.ask(query);
  return { files: search.files.filter((file) => file.endsWith('.pf_index')).sort(), shown, search };
}

test('a frequent word downloads nothing when the query has other words, yet the best pages are ranked with it', async () => {
  const without = await indexFilesFor('en', 'Qatar field hospital');
  const withFrequent = await indexFilesFor('en', 'observers Qatar field hospital');
  assert.deepEqual(withFrequent.files, without.files);
  assert.deepEqual(withFrequent.search.outcome!.unused, []);
  assert.ok(
    withFrequent.search.outcome!.terms.some((term) => term.typed === 'observers'),
    'the frequent word is one of the terms ranked',
  );
  assert.match(withFrequent.shown[0].url, /haiti/);
});

test('a query of frequent words only looks up the one whose lookup costs least', async () => {
  const { frequent } = siteWords('en');
  // The cheapest frequent word a query keeps (not a function word), against the dearest, "observers".
  const dear = 'observers';
  const [cheap] = Object.keys(frequent)
    .filter((word) => /^\p{L}{4,}$/u.test(word) && !isStopWord(word))
    .sort((a, b) => frequent[a][2] - frequent[b][2]);
  assert.ok(frequent[cheap][2] < frequent[dear][2], `${cheap} costs less than ${dear}`);
  const alone = await indexFilesFor('en', cheap);
  const both = await indexFilesFor('en', `${cheap} ${dear}`);
  assert.deepEqual(both.files, alone.files);
});

test('a frequent word is named as not used when the best pages’ outlines cannot be had', async () => {
  const bare = `${COPY}-bare`;
  rmSync(bare, { recursive: true, force: true });
  cpSync(COPY, bare, { recursive: true });
  rmSync(path.join(bare, 'pagefind', SECTIONS_FOLDER), { recursive: true });
  try {
    const { search, shown } = await indexFilesFor('en', 'observers Qatar field hospital', bare);
    assert.ok(shown.length > 0, 'results are still shown');
    assert.deepEqual(search.outcome!.unused, ['observers']);
  } finally {
    rmSync(bare, { recursive: true, force: true });
  }
});

for (const lang of LANGS)
  test(`${lang}: each frequent word's positions in the outlines are where Pagefind's own search finds it`, async () => {
    const session = await pagefindSession(INDEX, lang);
    const keys = new Map(Object.values(siteWords(lang).frequent).map(([key]) => [key, key]));
    const problems: string[] = [];
    for (const key of [...keys.keys()].slice(0, 20)) {
      const [ranked, exact] = await Promise.all([session.search(key), session.search(`"${key}"`)]);
      const kept = new Set(exact?.results.map((result) => result.id));
      for (const result of ranked?.results ?? []) {
        if (!kept.has(result.id) || result.words.length === 0) continue;
        const outline = JSON.parse(readFileSync(path.join(INDEX, outlineFile(result.id)), 'utf8')) as PageOutline;
        const stored = outline.frequent?.[key] ?? [];
        const found = [...new Set(result.words)].sort((a, b) => a - b);
        if (stored.join() !== found.join()) problems.push(`${key} on ${result.id}: ${stored} against ${found}`);
      }
    }
    await session.close();
    assert.deepEqual(problems, []);
  });

/** What looking `word` up alone downloads, in index files, in a fresh Pagefind session. */
async function lookupBytes(lang: string, word: string) {
  let bytes = 0;
  const session = await pagefindSession(INDEX, lang, {
    onRead: (file, size) => void (file.endsWith('.pf_index') && (bytes += size)),
  });
  await session.preload(word);
  await session.close();
  return bytes;
}

for (const lang of LANGS)
  // To do: the build's first pass looks words up in one session in sorted order, so an Arabic word whose
  // lookup needs index files an earlier word already loaded (filed under a stem that sorts far away)
  // looks cheaper than it is and is left ordinary (بلانتين: 1,998 bytes alone against 1.5 KB).
  test(
    `${lang}: the cost the build measured for a frequent word is what its lookup downloads alone, and no word left ordinary costs more than the threshold`,
    { todo: lang === 'ar' ? 'the first pass undercounts Arabic words filed under a far stem' : false },
    async () => {
      const { frequent } = siteWords(lang);
      const words = Object.keys(frequent);
      for (const word of words.slice(0, 15)) {
        assert.equal(frequent[word][2], Math.ceil((await lookupBytes(lang, word)) / 1024), word);
      }
      // A sample of the other words of the site, each looked up alone.
      const vocabulary = new Set<string>();
      const session = await pagefindSession(INDEX, lang);
      for (const result of ((await session.search(null))?.results ?? []).slice(0, 6)) {
        for (const word of searchWords((await result.data()).content)) vocabulary.add(word);
      }
      await session.close();
      const ordinary = [...vocabulary].filter((word) => word && !frequent[word]).slice(0, 150);
      const dear: string[] = [];
      for (const word of ordinary) {
        const bytes = await lookupBytes(lang, word);
        if (bytes > THRESHOLD) dear.push(`${word}: ${bytes} bytes`);
      }
      assert.deepEqual(dear, []);
    },
  );
