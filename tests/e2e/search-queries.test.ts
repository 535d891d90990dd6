import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/builtSite.ts';
import { ROOT } from '../helpers/site.ts';
import { builtPage } from '../helpers/html.ts';

/**
 * Reader questions, typed as a reader would ask them, each with what must answer it: a section of a
 * page (`page` + `section`, any of the ids listed) or words that the answering section contains. One
 * file per language, asked on that language's search page (which searches that language's index).
 */
interface Question {
  q: string;
  answer?: string[];
  page?: string;
  section?: string[];
  /** What the question exercises (Arabic: diacritics, hamza, digits, acronym, prefix, plural…). */
  case?: string;
}
const load = (file: string) =>
  (JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/search', file), 'utf8')) as { questions: Question[] })
    .questions;
const questions = load('questions.json');
const arabicQuestions = load('questions.ar.json');
const SEARCH_PAGE = { en: '/search/', ar: '/ar/search/' } as const;

const site = useBuiltSite();
let page: Page;
before(async () => {
  page = await site.session();
});

/** Text of the section a #anchor link points to: its heading up to the next heading, as search cuts sections. */
function sectionText(href: string): string {
  const url = new URL(href);
  const $ = builtPage(url.pathname);
  const heading = $(`[id="${decodeURIComponent(url.hash.slice(1))}"]`);
  if (heading.length === 0) return '';
  const start = heading.closest('.heading-wrapper').length > 0 ? heading.closest('.heading-wrapper') : heading;
  return [
    heading.text(),
    ...start
      .nextUntil('h1, h2, h3, h4, h5, h6, .heading-wrapper')
      .map((_, node) => $(node).text())
      .get(),
  ].join(' ');
}

test('there are at least 30 reader questions of our own, each naming what must answer it', () => {
  assert.ok(questions.filter((question) => question.section).length >= 30);
  for (const question of questions) assert.ok(question.answer || (question.page && question.section), question.q);
});

test('there are at least 25 Arabic reader questions, covering the spellings Pagefind’s Arabic stemmer leaves apart', () => {
  assert.ok(arabicQuestions.length >= 25, `${arabicQuestions.length} Arabic questions`);
  const cases = new Set(arabicQuestions.map((question) => question.case));
  for (const needed of ['diacritics', 'hamza', 'digits', 'acronym', 'prefix', 'plural'])
    assert.ok(cases.has(needed), `no Arabic question for "${needed}"`);
});

const asked = [
  ...questions.map((question) => ({ question, lang: 'en' as const })),
  ...arabicQuestions.map((question) => ({ question, lang: 'ar' as const })),
];
for (const { question, lang } of asked) {
  const wanted = question.section
    ? `section ${question.page ?? ''}#${question.section.join(' or #')}`
    : `a section containing ${question.answer!.join(', ')}`;
  test(`${lang}: "${question.q}" shows, in the first three results, ${wanted}`, async () => {
    await page.goto(`${site.origin}${SEARCH_PAGE[lang]}?q=${encodeURIComponent(question.q)}`);
    await page.locator('.search-results .search-result').first().waitFor({ timeout: 10_000 });
    const shown = await page
      .locator('.search-results > .search-result')
      .evaluateAll((results) =>
        results
          .slice(0, 3)
          .flatMap((result) => [...result.querySelectorAll<HTMLAnchorElement>('a.search-section')].map((a) => a.href)),
      );
    assert.ok(shown.length > 0, 'the first results show sections');
    // Each language's search finds that language's pages only.
    for (const href of shown) assert.equal(new URL(href).pathname.startsWith('/ar/'), lang === 'ar', href);
    if (question.section) {
      const hit = shown.some((href) => {
        const url = new URL(href);
        return (
          (!question.page || url.pathname === question.page) &&
          question.section!.includes(decodeURIComponent(url.hash.slice(1)))
        );
      });
      assert.ok(hit, `not among the shown sections:\n${shown.join('\n')}`);
    } else {
      const texts = shown.map(sectionText);
      const hit = texts.some((text) =>
        question.answer!.every((word) => text.toLowerCase().includes(word.toLowerCase())),
      );
      assert.ok(hit, `no shown section contains ${question.answer!.join(', ')}:\n${shown.join('\n')}`);
    }
  });
}
