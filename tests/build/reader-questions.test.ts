import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nodeSearch } from '../helpers/node-search.ts';
import { judge, LANGS, readerQuestions, wanted } from '../helpers/reader-questions.ts';

/**
 * Reader questions, typed as a reader would ask them (tests/fixtures/search/, one file per language),
 * asked of that language's index. They run the site's own search code (query planning, ranking,
 * section choice) on the built index in Node: what the search box shows for the first three results,
 * without a browser (tests/e2e/search*.test.ts type some of them into the page).
 */
const asked = LANGS.flatMap((lang) => readerQuestions(lang).map((question) => ({ question, lang })));
const answers = judge();

test('the Arabic questions cover every spelling that Pagefind’s Arabic stemmer files apart', () => {
  const cases = new Set(asked.map(({ question }) => question.case));
  for (const needed of ['diacritics', 'hamza', 'digits', 'acronym', 'prefix', 'plural'])
    assert.ok(cases.has(needed), `no Arabic question for "${needed}"`);
});

// One search session per language, as a reader who asks one question after another.
const sessions = { en: nodeSearch('en'), ar: nodeSearch('ar') };

const sectionsShown = async (session: ReturnType<typeof nodeSearch>, q: string) =>
  (await session.ask(q)).flatMap((page) => page.sections.map((section) => section.url));

for (const { question, lang } of asked) {
  test(`${lang}: "${question.q}" shows, in the first three results, ${wanted(question)}`, async () => {
    assert.ok(question.answer || (question.page && question.section), 'the question names what must answer it');
    const problem = answers(question, lang, await sectionsShown(sessions[lang], question.q));
    assert.equal(problem, undefined, problem);
  });
}

// Pagefind also matches a word where a longer word begins with it ("un" in "unsmis"), among the words
// of every index chunk it has loaded, so with one Pagefind for a visit a reader's second question
// could rank differently from the same question asked first. Each query gets a Pagefind of its own
// (src/search/core/loader.ts): asked first, or after every other question, it shows the same.
test('a question shows the same results whatever was asked before it in the session', async () => {
  const differ: string[] = [];
  for (const lang of LANGS) {
    const shown = async (session: ReturnType<typeof nodeSearch>, q: string) =>
      (await sectionsShown(session, q)).join(' ');
    const later = nodeSearch(lang);
    for (const { q } of readerQuestions(lang)) {
      const after = await shown(later, q);
      if ((await shown(nodeSearch(lang), q)) !== after) differ.push(`${lang}: ${q}`);
    }
  }
  assert.deepEqual(differ, []);
});
