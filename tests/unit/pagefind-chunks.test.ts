import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { chunkRanges, chunkWords, relayoutIndex, readPagefindFile, type IndexWord } from '../../src/integrations/pagefind-chunks.ts';
import { writeCommonWords } from '../../src/integrations/pagefind-common-words.ts';
import { chunksOf } from '../helpers/pagefind-index.ts';

const word = (stem: string, positions: number): IndexWord => [stem, [[0, Array.from({ length: positions }, (_, i) => i), []]], []];
const size = (w: IndexWord) => (w[1][0] as [number, number[]])[1].length;

test('chunk ranges are trimmed exactly as Pagefind 1.6 trims them (its own test case)', () => {
  const ranges = chunkRanges([['apple'], ['apricot', 'banana'], ['peach']]);
  assert.deepEqual(ranges, [
    { from: 'apple', to: 'apple' }, // not trimmed to "app": that would end before it starts
    { from: 'apr', to: 'b' },
    { from: 'p', to: 'peach' },
  ]);
});

test('a word larger than a chunk gets a chunk of its own; the order of words is kept', () => {
  const words = ['haiti', 'oic', 'olive', 'on', 'opening', 'un', 'untso'].map((stem) => word(stem, stem === 'on' ? 500 : 10));
  const chunks = chunkWords(words, size, 25);
  assert.deepEqual(
    chunks.map((chunk) => chunk.map(([stem]) => stem)),
    [['haiti', 'oic'], ['olive'], ['on'], ['opening', 'un'], ['untso']],
  );
});

/** A small real Pagefind bundle: `pages` pages where "observers" fills every page, "patrol" a few. */
async function buildBundle(pages: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pagefind-layout-'));
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  assert.ok(index);
  for (let n = 0; n < pages; n++) {
    const content = [
      'observers '.repeat(60),
      `report ${n}`, // on every page, once: cheap, so never left out
      n % 3 === 0 ? 'patrol '.repeat(60) : 'ceasefire', // a third of the pages only
      `topic${n % 7} words${n} and some text`,
    ].join(' ');
    await index.addCustomRecord({ url: `/page-${n}/`, content, language: 'en', meta: { title: `Page ${n}` } });
  }
  await index.writeFiles({ outputPath: dir });
  await pagefind.close();
  return dir;
}

test('relaying out a real Pagefind index moves words between chunks without changing any', async () => {
  const dir = await buildBundle(120);
  try {
    const before = JSON.stringify(chunksOf(dir).flat());
    const [layout] = relayoutIndex(dir);
    assert.equal(JSON.stringify(chunksOf(dir).flat()), before, 'same words, pages and positions, in the same order');
    const observers = chunksOf(dir).find((words) => words.some(([w]) => w === 'observ'))!;
    assert.deepEqual(observers.map(([w]) => w), ['observ'], 'the word on every page has a chunk of its own');
    const files = readdirSync(path.join(dir, 'index'));
    assert.equal(files.length, layout.chunks, 'no old chunk file is left behind');

    const common = writeCommonWords(dir, layout);
    assert.deepEqual(common, ['observers']);
    assert.deepEqual(JSON.parse(readFileSync(path.join(dir, 'common-words.json'), 'utf8')), ['observers']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an index from another Pagefind version fails the build with the file and the reason', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pagefind-version-'));
  try {
    writeFileSync(path.join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '2.0.0', languages: { en: { hash: 'en_0' } } }));
    assert.throws(() => relayoutIndex(dir), /pagefind-entry\.json: Pagefind 2\.0\.0 wrote this index; its chunk layout is only known for 1\.6\.0/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a file that is not Pagefind data is refused by name', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pagefind-file-'));
  try {
    writeFileSync(path.join(dir, 'x.pf_index'), gzipSync('{"words": []}'));
    assert.throws(() => readPagefindFile(path.join(dir, 'x.pf_index')), /x\.pf_index: not a Pagefind data file/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
