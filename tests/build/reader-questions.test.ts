import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/site.ts';
import { builtPage } from '../helpers/html.ts';
import { nodeSearch } from '../helpers/node-search.ts';

/**
 * Reader questions, typed as a reader would ask them, each with what must answer it: a section of a
 * page (`page` + `section`, any of the ids listed) or words that the answering section contains. One
 * file per language, asked of that language's index. They run the site's own search code (query
 * planning, ranking, section choice) on the built index in Node: what the search box shows for the
 * first three results, without a browser (tests/e2e/search*.test.ts type some of them into the page).
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
const asked = [
  ...load('questions.json').map((question) => ({ question, lang: 'en' })),
  ...load('questions.ar.json').map((question) => ({ question, lang: 'ar' })),
];

/** Text of the section a link points to: its heading up to the next heading, as search cuts sections. */
function sectionText(href: string): string {
  const url = new URL(href, 'http://site.invalid');
  const $ = builtPage(url.pathname);
  const id = decodeURIComponent(url.hash.slice(1));
  if (!id) return $('main').text();
  const heading = $(`[id="${id}"]`);
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

test('the Arabic questions cover every spelling that Pagefind’s Arabic stemmer files apart', () => {
  const cases = new Set(asked.map(({ question }) => question.case));
  for (const needed of ['diacritics', 'hamza', 'digits', 'acronym', 'prefix', 'plural'])
    assert.ok(cases.has(needed), `no Arabic question for "${needed}"`);
});

// One search session per language, as a reader who asks one question after another.
const sessions = { en: nodeSearch('en'), ar: nodeSearch('ar') } as Record<string, ReturnType<typeof nodeSearch>>;

for (const { question, lang } of asked) {
  const wanted = question.section
    ? `section ${question.page ?? ''}#${question.section.join(' or #')}`
    : `a section containing ${question.answer!.join(', ')}`;
  test(`${lang}: "${question.q}" shows, in the first three results, ${wanted}`, async () => {
    assert.ok(question.answer || (question.page && question.section), 'the question names what must answer it');
    const shown = (await sessions[lang].ask(question.q)).flatMap((page) => page.sections.map((section) => section.url));
    assert.ok(shown.length > 0, 'the first results show sections');
    // Each language's search finds that language's pages only.
    for (const href of shown) assert.equal(href.startsWith('/ar/'), lang === 'ar', href);
    if (question.section) {
      const hit = shown.some((href) => {
        const url = new URL(href, 'http://site.invalid');
        return (
          (!question.page || url.pathname === question.page) &&
          question.section!.includes(decodeURIComponent(url.hash.slice(1)))
        );
      });
      assert.ok(hit, `not among the shown sections:\n${shown.join('\n')}`);
    } else {
      const hit = shown
        .map(sectionText)
        .some((text) => question.answer!.every((word) => text.toLowerCase().includes(word.toLowerCase())));
      assert.ok(hit, `no shown section contains ${question.answer!.join(', ')}:\n${shown.join('\n')}`);
    }
  });
}
