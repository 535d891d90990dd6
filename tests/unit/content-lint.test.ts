import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lintArticle, sentences } from '../../src/lib/contentLint.ts';
import { readArticleSource } from '../helpers/content.ts';

test('sentences split on full stops followed by a capital, not inside numbers or initials', () => {
  assert.deepEqual(sentences('It had 1,254 patients. Then 2.5 more. "Quoted." Done'), [
    'It had 1,254 patients.',
    'Then 2.5 more.',
    '"Quoted."',
    'Done',
  ]);
});

test('the lint fixture fails each rule it breaks, naming the file', () => {
  const file = 'tests/fixtures/lint-bad/content/articles/uncited.mdx';
  const problems = lintArticle(readArticleSource(file));
  const expected = [
    /uncited\.mdx: summary has 1 sentences/,
    /uncited\.mdx: cites 1 distinct sources/,
    /uncited\.mdx: has \d+ words/,
    /uncited\.mdx: key fact without a citation: "Strength: 153 observers"/,
    /uncited\.mdx: paragraph with 4 sentences holding numbers or dates and no citation: "The mission began in 1948/,
  ];
  for (const pattern of expected)
    assert.ok(
      problems.some((p) => pattern.test(p)),
      `expected ${pattern}\n${problems.join('\n')}`,
    );
  assert.equal(problems.length, expected.length, problems.join('\n'));
  assert.ok(readFileSync(file, 'utf8').includes('A cited paragraph is fine'));
});
