import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationKeysInOrder, citationProblems, planCitations } from '../../src/lib/citations.ts';

const body = `Intro.<Cite id="b" /> Then <Cite id='a'/> and again<Cite id="b" />.

\`\`\`mdx
<Cite id="in-code" />
\`\`\`
`;

test('citation keys are read in order, repeats kept, code examples skipped', () => {
  assert.deepEqual(citationKeysInOrder(body), ['b', 'a', 'b']);
});

test('sources are numbered in order of first use and their uses counted', () => {
  const plan = planCitations(body);
  assert.deepEqual(
    [...plan.numbers],
    [
      ['b', 1],
      ['a', 2],
    ],
  );
  assert.deepEqual(
    [...plan.uses],
    [
      ['b', 2],
      ['a', 1],
    ],
  );
});

test('an unknown key and an unused source are both reported with the file and the key', () => {
  const problems = citationProblems('content/articles/x.mdx', body, ['a', 'c']);
  assert.equal(problems.length, 2);
  assert.match(problems[0], /content\/articles\/x\.mdx: <Cite id="b" \/> has no entry "b"/);
  assert.match(problems[1], /content\/articles\/x\.mdx: source "c" is never cited/);
});

test('an article whose citations and sources match has no problems', () => {
  assert.deepEqual(citationProblems('x.mdx', body, ['a', 'b']), []);
});
