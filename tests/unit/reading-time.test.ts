import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, readingMinutes } from '../../src/lib/readingTime.ts';

test('words are counted from prose, not from components, link targets or Markdown marks', () => {
  const body = '## A heading\n\nSome **bold** text with a [link](/glossary/#ddr).<Cite id="x" />\n\n- one item';
  assert.equal(countWords(body), 10);
});

test('reading time is at least one minute and grows with length', () => {
  assert.equal(readingMinutes('word'), 1);
  assert.equal(
    readingMinutes(
      Array(238 * 5)
        .fill('word')
        .join(' '),
    ),
    5,
  );
});
