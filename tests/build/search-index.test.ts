import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { encode } from 'cborg';
import { chunkTargetBytes } from '../../src/integrations/pagefind-chunks.ts';
import { DIST } from '../helpers/site.ts';
import { chunkList, chunksOf } from '../helpers/pagefind-index.ts';

const PAGEFIND = path.join(DIST, 'pagefind');

test('the built search index is laid out in chunks of about one size, none left over', () => {
  const chunks = chunksOf(PAGEFIND);
  const sizes = chunks.map((words) => words.reduce((sum, word) => sum + encode(word).length, 0));
  const target = chunkTargetBytes(sizes.reduce((a, b) => a + b, 0));
  chunks.forEach((words, i) => {
    if (words.length > 1) assert.ok(sizes[i] <= target, `chunk ${i} (${words[0][0]}…) is ${sizes[i]} bytes, more than ${target}`);
  });
  assert.ok(chunks.length > 3, 'a query can download part of the index, not all of it');
  const listed = new Set(chunkList(PAGEFIND).map(([, , hash]) => `${hash}.pf_index`));
  assert.deepEqual(new Set(readdirSync(path.join(PAGEFIND, 'index'))), listed, 'every chunk file is listed, and only those');
  const metadata = readdirSync(PAGEFIND).filter((file) => file.endsWith('.pf_meta'));
  assert.equal(metadata.length, 1, 'one metadata file, the one pagefind-entry.json names');
});

test('the common-word list holds only words that are on most pages', () => {
  const common = JSON.parse(readFileSync(path.join(PAGEFIND, 'common-words.json'), 'utf8')) as unknown;
  assert.ok(Array.isArray(common) && common.every((word) => typeof word === 'string' && /^[\p{L}\p{N}]+$/u.test(word)));
  const pages = readdirSync(path.join(PAGEFIND, 'fragment')).length;
  const texts = readdirSync(DIST, { recursive: true })
    .filter((file) => String(file).endsWith('.html'))
    .map((file) => readFileSync(path.join(DIST, String(file)), 'utf8').toLowerCase());
  for (const word of common as string[]) {
    const on = texts.filter((html) => new RegExp(`\\b${word}\\b`, 'u').test(html)).length;
    assert.ok(on > pages / 2, `"${word}" is on ${on} of ${pages} indexed pages`);
  }
});
