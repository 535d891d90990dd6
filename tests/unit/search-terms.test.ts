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
