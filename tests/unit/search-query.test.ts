import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planQuery, synonymIndex } from '../../src/search/core/query.ts';
import { heavyEntryBytes, withinBudget } from '../../src/search/core/budget.ts';
import { lookupCosts, stemOf } from '../../src/search/build/site-words.ts';
import { closestWord, editDistance } from '../../src/search/core/spelling.ts';
import { searchWords } from '../../src/search/core/words.ts';

const typed = (query: string, options?: Parameters<typeof planQuery>[1]) =>
  planQuery(query, options).terms.map((term) => term.typed);

test('the build and the search box cut text into the same words', () => {
  assert.deepEqual(searchWords('UN-led observers, “UNTSO”'), ['un', 'led', 'observers', 'untso']);
  assert.deepEqual(searchWords('Qatar’s field-hospital (2010)'), ['qatar', 's', 'field', 'hospital', '2010']);
  assert.deepEqual(searchWords('بعثة المراقبين'), ['بعثة', 'المراقبين']);
});

test('function and question words are left out of what is looked up', () => {
  assert.deepEqual(typed('UN personnel killed in the Haiti earthquake'), [
    'un',
    'personnel',
    'killed',
    'haiti',
    'earthquake',
  ]);
  assert.deepEqual(typed('when was UNTSO established'), ['untso', 'established']);
  assert.deepEqual(typed('How many observers did UNTSO have?'), ['observers', 'untso']);
});

test('a query of function words only is still searched', () => {
  assert.deepEqual(typed('to be or not to be'), ['to', 'be', 'or', 'not']);
});

test('a quoted phrase is searched exactly as typed', () => {
  assert.deepEqual(planQuery('"cessation of hostilities"').terms, [
    { typed: 'cessation of hostilities', forms: ['"cessation of hostilities"'] },
  ]);
});

const common = new Set(['observers', 'un', 'council', 'security']);
test("the site's common words are left out when the query has other words, kept when it has none", () => {
  assert.deepEqual(typed('OIC election observers', { commonWords: common }), ['oic', 'election']);
  assert.deepEqual(typed('UN observers', { commonWords: common }), ['un', 'observers']);
});

const synonyms = synonymIndex([
  ['killed', 'died', 'fatalities', 'lost their lives'],
  ['military observer', 'unmo'],
]);
test('a word brings its synonyms; a phrase of the query that names a group is one term', () => {
  const plan = planQuery('UNMO deaths killed', { synonyms });
  assert.deepEqual(plan.terms, [
    { typed: 'unmo', forms: ['unmo', '"military observer"'] },
    { typed: 'deaths', forms: ['deaths'] },
    { typed: 'killed', forms: ['killed', 'died', 'fatalities', '"lost their lives"'] },
  ]);
  assert.deepEqual(planQuery('military observer duties', { synonyms }).terms[0], {
    typed: 'military observer',
    forms: ['"military observer"', 'unmo'],
  });
});

test("a synonym that needs one of the site's most common words is left out (its index entry is large)", () => {
  const forms = planQuery('fatalities', { synonyms, commonWords: new Set(['lives']) }).terms[0].forms;
  assert.deepEqual(forms, ['fatalities', 'killed', 'died']);
});

test('edit distance counts insertions, deletions, substitutions and swaps', () => {
  assert.equal(editDistance('armistice', 'armistice'), 0);
  assert.equal(editDistance('armistce', 'armistice'), 1);
  assert.equal(editDistance('amristice', 'armistice'), 1, 'a swap of two letters is one edit');
  assert.equal(editDistance('observers', 'obsrevres'), 2);
  assert.ok(editDistance('untso', 'haiti', 2) > 2);
});

test('a misspelt word is matched to the closest, most used word of the site', () => {
  const vocabulary = ['armistice', 'armed', 'army', 'arms', 'arrived'];
  assert.equal(closestWord('armistce', vocabulary), 'armistice');
  assert.equal(closestWord('arny', vocabulary), 'army');
  assert.equal(closestWord('xylophone', vocabulary), undefined);
});

test('a query looks up its words within a download budget: the rarest first, synonyms with what is left', () => {
  const term = (typed: string, ...synonyms: string[]) => ({ typed, forms: [typed, ...synonyms] });
  const small = { chunkBytes: 500, heavy: new Map<string, number>() };
  const all = withinBudget([term('armistice', 'truce', 'ceasefire'), term('lines')], small);
  assert.deepEqual(
    all,
    { terms: [term('armistice', 'truce', 'ceasefire'), term('lines')], leftOut: [] },
    'a small site affords everything',
  );

  // At 10,000 articles: ordinary chunks of 7 KB, and words on many pages with entries of their own.
  const large = {
    chunkBytes: 7 * 1024,
    heavy: new Map([
      ['council', 150 * 1024],
      ['security', 50 * 1024],
      ['resolution', 30 * 1024],
    ]),
  };
  const plan = withinBudget([term('security'), term('council'), term('resolution'), term('50')], large);
  assert.deepEqual(
    plan.terms.map((t) => t.typed),
    ['security', 'resolution', '50'],
    'the cheapest words until the budget is spent',
  );
  assert.deepEqual(plan.leftOut, ['council']);
  assert.deepEqual(
    withinBudget([term('council')], large),
    { terms: [], leftOut: ['council'] },
    'nothing fits: nothing is downloaded',
  );
});

test('a heavy index entry is found for every form of its word, and not for another word that starts alike', () => {
  // A large site's index, as Pagefind files it (by stem), with the size of the chunk file holding each.
  const lookupBytes = new Map([
    ['countri', 200_000],
    ['peacekeep', 300_000],
    ['un', 900_000],
    ['unit', 2_000],
    ['untso', 3_000],
  ]);
  assert.equal(stemOf('countries', lookupBytes), 'countri');
  assert.equal(stemOf('country', lookupBytes), 'countri');
  assert.equal(stemOf('peacekeepers', lookupBytes), 'peacekeep');
  assert.equal(stemOf('united', lookupBytes), 'unit');

  const words = ['countries', 'country', 'peacekeepers', 'peacekeeping', 'un', 'united', 'untso'];
  const stats = { pages: 10, totalUses: 0, words: new Map(words.map((w) => [w, { pages: 5, uses: 5 }])) };
  const { heavy } = lookupCosts(stats, { targetBytes: 10_000, lookupBytes });
  assert.deepEqual(
    Object.keys(heavy),
    ['countri', 'countries', 'country', 'peacekeep', 'peacekeepers', 'peacekeeping', 'un'],
    'heavy stems and the forms the site uses; "united" and "untso" have light entries of their own',
  );

  const inBrowser = new Map(Object.entries(heavy).map(([word, kb]) => [word, kb * 1024]));
  assert.ok(heavyEntryBytes('Peacekeepers', inBrowser)! > 100_000, 'a form the site uses');
  assert.ok(heavyEntryBytes('peacekeeper', inBrowser)! > 100_000, 'a form the site does not use');
  assert.equal(heavyEntryBytes('untso', inBrowser), undefined);
  assert.equal(heavyEntryBytes('unity', inBrowser), undefined, 'not an ending of "un"');
});
