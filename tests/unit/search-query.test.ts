import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planQuery, synonymIndex, withinLookups } from '../../src/search/core/query.ts';
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

test("a synonym that needs one of the site's frequent words is left out (its index entry is large)", () => {
  const forms = planQuery('fatalities', { synonyms, frequent: new Set(['lives']) }).terms[0].forms;
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

test('a query looks up every word typed, then up to three synonyms of each in turns, twelve lookups in all', () => {
  const term = (typed: string, ...others: string[]) => ({ typed, forms: [typed, ...others] });
  assert.deepEqual(withinLookups([term('established', 'founded', 'created', 'set up', 'began')]), [
    term('established', 'founded', 'created', 'set up'),
  ]);
  const many = withinLookups([
    term('a1', 'b1', 'c1', 'd1'),
    term('a2', '"b2 b2"', 'c2'),
    term('a3', 'b3', 'c3', 'd3'),
    term('a4', 'b4'),
  ]);
  // 4 typed words, then b1, "b2 b2" (two lookups), b3, b4 (9 lookups), then c1, c2, c3 (12): no room for d1, d3.
  assert.deepEqual(
    many.map((t) => t.forms),
    [
      ['a1', 'b1', 'c1'],
      ['a2', '"b2 b2"', 'c2'],
      ['a3', 'b3', 'c3'],
      ['a4', 'b4'],
    ],
  );
});
