import { test } from 'node:test';
import assert from 'node:assert/strict';
import { searchTerms } from '../../src/scripts/search-terms.ts';

test('function words are left out of what is sent to the index', () => {
  assert.equal(searchTerms('UN personnel killed in the Haiti earthquake'), 'UN personnel killed Haiti earthquake');
  assert.equal(searchTerms('  The role OF observers '), 'role observers');
});

test('a quoted phrase is searched exactly as typed', () => {
  assert.equal(searchTerms('"cessation of hostilities"'), '"cessation of hostilities"');
});

test('a query of function words only is kept, so it still finds something', () => {
  assert.equal(searchTerms('to be or not to be'), 'to be or not to be');
});

test('words that only contain a function word are kept', () => {
  assert.equal(searchTerms('non-use of force theory'), 'non-use force theory');
  assert.equal(searchTerms('Inter-Arab Athens'), 'Inter-Arab Athens');
});

const common = new Set(['observers', 'un', 'council', 'security']);

test("the site's common words are left out when the query has other words", () => {
  assert.equal(searchTerms('OIC election observers', common), 'OIC election');
  assert.equal(searchTerms('UN personnel killed in the Haiti earthquake', common), 'personnel killed Haiti earthquake');
  assert.equal(searchTerms('Observers, UNTSO', common), 'UNTSO', 'compared without case or punctuation');
});

test('a query of common words only still searches for them', () => {
  assert.equal(searchTerms('the Security Council', common), 'Security Council');
  assert.equal(searchTerms('UN observers', common), 'UN observers');
});

test('a quoted phrase keeps its common words', () => {
  assert.equal(searchTerms('"UN observers in Haiti"', common), '"UN observers in Haiti"');
});
