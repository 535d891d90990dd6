import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentWords, sectionAt } from '../../src/search/core/sections.ts';
import { arabicForms, roughRoot, withoutJoinedPreposition } from '../../src/search/core/query.ts';
import { searchWords } from '../../src/search/core/words.ts';
import { outlineFile, sectionFile, type PageOutline, type SectionText } from '../../src/search/contract.ts';
import { DIST, ROOT } from '../helpers/site.ts';
import { indexedPages, pagefindOf, pagefindResults } from '../helpers/pagefind-pages.ts';
import { readerQuestions } from '../helpers/reader-questions.ts';

/**
 * What search imitates of Pagefind, checked against Pagefind itself on the built site, so that a
 * Pagefind release that behaves otherwise fails here (and in `npm run pagefind:canary`), not in a
 * reader's results: how it counts word positions, how it cuts a page into sub-results, how it weighs
 * heading words, which spellings its search joins, and how it normalises Arabic. Pagefind's side is
 * its own browser search, run in Node on `dist/pagefind/`.
 */
const PAGEFIND = path.join(DIST, 'pagefind');
const json = <T>(file: string) => JSON.parse(readFileSync(path.join(PAGEFIND, file), 'utf8')) as T;
/** Words whose results cover every kind of page, in each language. */
const SAMPLE = {
  en: ['observers', 'ceasefire', 'UNTSO', 'patrol', 'Haiti', 'resolution'],
  ar: ['المراقبون', 'الهدنة', 'هايتي', 'دوريات', 'القرار'],
};
const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

for (const [lang, words] of Object.entries(SAMPLE)) {
  test(`${lang}: word positions count words as Pagefind does: the words Pagefind marks in its excerpts are the words at its positions`, async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const word of words) {
      for (const { page } of await pagefindResults(lang, word)) {
        const ours = contentWords(page.content);
        const locations = (page as unknown as { locations: number[] }).locations;
        const atPositions = new Set(locations.map((location) => bare(ours[location] ?? '')));
        const marked = [...(page as unknown as { excerpt: string }).excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map(
          (match) => bare(match[1]),
        );
        checked += marked.length;
        for (const mark of marked)
          if (!atPositions.has(mark)) problems.push(`${word} on ${page.url}: "${mark}" is at none of its positions`);
        if (locations.some((location) => location >= ours.length))
          problems.push(`${word} on ${page.url}: a position past the page's ${ours.length} words`);
      }
    }
    assert.deepEqual(problems, []);
    // A sample that no longer finds anything would check nothing.
    assert.ok(checked >= 20, `${checked} marked words checked`);
  });

  test(`${lang}: pages are cut into sections as Pagefind cuts sub-results, and heading words weigh what Pagefind weighs them`, async () => {
    const problems: string[] = [];
    let located = 0;
    let weighted = 0;
    for (const word of words) {
      for (const { id, page } of await pagefindResults(lang, word)) {
        const outline = json<PageOutline>(outlineFile(id));
        const ids = outline.sections.map((_, i) => json<SectionText>(sectionFile(id, i)).id);
        for (const sub of page.sub_results ?? []) {
          for (const location of sub.locations) {
            located++;
            const ours = ids[sectionAt(outline.sections, location)];
            if (ours !== sub.anchor?.id)
              problems.push(`${word} on ${page.url}, word ${location}: section ${ours}, Pagefind ${sub.anchor?.id}`);
          }
        }
        // A heading without an id (a mission page's title) is no section: its words count as text.
        if (!page.url.includes('/articles/')) continue;
        for (const { location, weight } of page.weighted_locations ?? []) {
          weighted++;
          const [start, heading, headingWeight] = outline.sections[sectionAt(outline.sections, location)];
          const expected = location < start + heading ? headingWeight : 1;
          if (Math.abs(weight - expected) > 0.01)
            problems.push(`${word} on ${page.url}, word ${location}: weight ${weight}, outline ${expected}`);
        }
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(located >= 20 && weighted >= 20, `${located} sub-result words, ${weighted} weighted words checked`);
  });
}

/** The ids of the pages Pagefind's search finds for `term`. */
const pagesFor = async (lang: string, term: string) =>
  new Set(((await (await pagefindOf(lang)).search(term))?.results ?? []).map((result) => result.id));
const same = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((id) => b.has(id));

test('a quoted word finds only pages the same word finds unquoted, and a misspelt word in quotes finds none (the engine drops prefix-only matches so)', async () => {
  for (const word of ['observers', 'armistice', 'Haiti']) {
    const quoted = await pagesFor('en', `"${word}"`);
    const ranked = await pagesFor('en', word);
    assert.ok(quoted.size > 0 && [...quoted].every((id) => ranked.has(id)), word);
  }
  assert.ok((await pagesFor('en', 'armistce')).size > 0, 'Pagefind finds a prefix of a word it does not know');
  assert.equal((await pagesFor('en', '"armistce"')).size, 0, 'in quotes, nothing');
});

test('English synonyms that differ only by an ending find the same pages: one of them is enough (onePerRoot)', async () => {
  const groups = (
    parse(readFileSync(path.join(ROOT, 'content/search/synonyms.en.yaml'), 'utf8')) as { words: string[] }[]
  ).map((group) => group.words.map((word) => searchWords(word).join(' ')));
  const problems: string[] = [];
  let pairs = 0;
  for (const group of groups) {
    for (const [i, entry] of group.entries()) {
      const first = group.find((other) => roughRoot(other) === roughRoot(entry));
      if (!first || first === entry || entry.includes(' ') || i === 0) continue;
      pairs++;
      if (!same(await pagesFor('en', first), await pagesFor('en', entry)))
        problems.push(`"${entry}" finds other pages than "${first}"`);
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(pairs > 0, 'the synonym list has entries that differ only by an ending');
});

test('Arabic: Pagefind matches a word as the search cuts it: without short vowels, hamza on alef, tatweel or Eastern digits', async () => {
  const typed = readerQuestions('ar')
    .flatMap((question) => question.q.split(/\s+/))
    .map((word) => word.replace(/[؟?.,،«»]/g, ''))
    .filter((word) => searchWords(word).length === 1 && searchWords(word)[0] !== word.toLowerCase());
  assert.ok(typed.length >= 10, `${typed.length} words with marks, hamza or Eastern digits`);
  const problems: string[] = [];
  for (const word of [...typed, 'مـراقـب', '١٩٤٨']) {
    const [cut] = searchWords(word);
    if (!same(await pagesFor('ar', word), await pagesFor('ar', cut))) problems.push(`${word} / ${cut}`);
  }
  assert.deepEqual(problems, []);
});

test('Arabic: each spelling the search adds still names a word Pagefind’s stemmer files apart on this site (else it only costs lookups)', async () => {
  const vocabulary = new Set<string>();
  for (const { page } of await indexedPages('ar')) for (const word of searchWords(page.content)) vocabulary.add(word);
  const rules = {
    'و or ف before the article or a preposition': (word: string) =>
      arabicForms(word).filter((f) => f === word.slice(1)),
    'a feminine plural and its singular': (word: string) => arabicForms(word).filter((f) => f.endsWith('ة')),
    'a short word with the article': (word: string) => arabicForms(word).filter((f) => f.startsWith('ال')),
    'a preposition joined to a word without the article': (word: string) => {
      const bareWord = withoutJoinedPreposition(word);
      return bareWord ? [bareWord] : [];
    },
  };
  for (const [rule, formsOf] of Object.entries(rules)) {
    let apart = 0;
    for (const word of vocabulary) {
      for (const form of formsOf(word)) {
        if (!vocabulary.has(form) || apart > 0) continue;
        if (!same(await pagesFor('ar', word), await pagesFor('ar', form))) apart++;
      }
      if (apart > 0) break;
    }
    assert.ok(apart > 0, `${rule}: Pagefind now finds the same pages for every such pair`);
  }
});
