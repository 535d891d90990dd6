import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import {
  chunkListOf,
  chunkRanges,
  recompressFile,
  trimmedChunkRanges,
  UnknownIndexFormat,
} from '../../src/search/build/format.ts';
import { chunkWords, relayoutIndexes } from '../../src/search/build/layout.ts';
import { chunksOf, snapshot, type IndexWord } from '../helpers/pagefind-index.ts';

const word = (stem: string, positions: number): IndexWord => [
  stem,
  [[0, Array.from({ length: positions }, (_, i) => i), []]],
  [],
];
const size = (w: IndexWord) => (w[1][0] as [number, number[]])[1].length;

test('chunk ranges are trimmed exactly as Pagefind 1.6 trims them (its own test case)', () => {
  const ranges = trimmedChunkRanges([['apple'], ['apricot', 'banana'], ['peach']]);
  assert.deepEqual(ranges, [
    { from: 'apple', to: 'apple' }, // not trimmed to "app": that would end before it starts
    { from: 'apr', to: 'b' },
    { from: 'p', to: 'peach' },
  ]);
});

test('chunk ranges leave no gap: a word between two chunks belongs to the one before it', () => {
  const ranges = chunkRanges([['a'], ['aa', 'agreement'], ['ah', 'peach'], ['peace']]);
  assert.deepEqual(ranges, [
    { from: 'a', to: 'a`\u{10FFFF}' },
    { from: 'aa', to: 'ag\u{10FFFF}' },
    { from: 'ah', to: 'peacd\u{10FFFF}' },
    { from: 'peace', to: 'peace' },
  ]);
  const compare = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
  const chunkFor = (term: string) =>
    ranges.findIndex(({ from, to }) => compare(term, from) >= 0 && compare(term, to) <= 0);
  assert.equal(chunkFor('agreements'), 1, 'after its stem, in the stem’s chunk');
  assert.equal(chunkFor('ab'), 1);
  assert.equal(chunkFor('a'), 0);
  assert.equal(chunkFor('peacekeeping'), -1, 'beyond the last word: Pagefind’s own fallback');
});

test('a word larger than a chunk gets a chunk of its own; the order of words is kept', () => {
  const words = ['haiti', 'oic', 'olive', 'on', 'opening', 'un', 'untso'].map((stem) =>
    word(stem, stem === 'on' ? 500 : 10),
  );
  const chunks = chunkWords(words, size, 25);
  assert.deepEqual(
    chunks.map((chunk) => chunk.map(([stem]) => stem)),
    [['haiti', 'oic'], ['olive'], ['on'], ['opening', 'un'], ['untso']],
  );
});

/**
 * A small real Pagefind bundle in two languages: "observers" fills every English page, "patrol" a
 * third of them; the Arabic pages have their own words.
 */
async function buildBundle(pages: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pagefind-layout-'));
  const { index } = await pagefind.createIndex({});
  assert.ok(index);
  for (let n = 0; n < pages; n++) {
    const content = [
      'observers '.repeat(60),
      `report ${n}`,
      n % 3 === 0 ? 'patrol '.repeat(60) : 'ceasefire',
      `topic${n % 7} words${n} and some text`,
    ].join(' ');
    await index.addCustomRecord({ url: `/page-${n}/`, content, language: 'en', meta: { title: `Page ${n}` } });
    await index.addCustomRecord({
      url: `/ar/page-${n}/`,
      content: `المراقبون ${'الهدنة '.repeat(20)} صفحة${n}`,
      language: 'ar',
      meta: { title: `صفحة ${n}` },
    });
  }
  await index.writeFiles({ outputPath: dir });
  await pagefind.close();
  return dir;
}

const bundleFiles = (dir: string) => [
  'pagefind-entry.json',
  ...readdirSync(dir).filter((file) => file.endsWith('.pf_meta')),
  ...readdirSync(path.join(dir, 'index')).map((file) => `index/${file}`),
];

test('re-cutting a real Pagefind index moves words between chunks without changing any, in every language', async () => {
  const dir = await buildBundle(120);
  try {
    const before = { en: JSON.stringify(chunksOf(dir, 'en').flat()), ar: JSON.stringify(chunksOf(dir, 'ar').flat()) };
    const reports = relayoutIndexes(dir);
    assert.deepEqual(reports.map((report) => report.language).sort(), ['ar', 'en'], 'every language is laid out');
    assert.equal(
      JSON.stringify(chunksOf(dir, 'en').flat()),
      before.en,
      'same words, pages and positions, in the same order',
    );
    assert.equal(JSON.stringify(chunksOf(dir, 'ar').flat()), before.ar);
    const observers = chunksOf(dir, 'en').find((words) => words.some(([w]) => w === 'observ'))!;
    assert.deepEqual(
      observers.map(([w]) => w),
      ['observ'],
      'the word on every page has a chunk of its own',
    );
    const listed = reports.reduce((sum, report) => sum + report.chunks, 0);
    assert.equal(readdirSync(path.join(dir, 'index')).length, listed, 'no old chunk file is left behind');
    assert.equal(
      readdirSync(dir).filter((file) => file.endsWith('.pf_meta')).length,
      2,
      'one metadata file per language',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an index from another Pagefind version is left exactly as Pagefind wrote it', async () => {
  const dir = await buildBundle(20);
  try {
    const entryFile = path.join(dir, 'pagefind-entry.json');
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { version: string };
    writeFileSync(entryFile, JSON.stringify({ ...entry, version: '9.9.9' }));
    const before = snapshot(dir, bundleFiles(dir));
    assert.throws(
      () => relayoutIndexes(dir),
      (error: Error) => error instanceof UnknownIndexFormat && /Pagefind 9\.9\.9/.test(error.message),
    );
    assert.deepEqual(snapshot(dir, bundleFiles(dir)), before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a chunk file of an unexpected shape stops the re-cut before anything is written', async () => {
  const dir = await buildBundle(20);
  try {
    // The last chunk of the Arabic index, so the English one has been read and planned already.
    const [, , hash] = chunkListOf(dir, 'ar').at(-1)!;
    writeFileSync(path.join(dir, 'index', `${hash}.pf_index`), 'not a Pagefind file');
    const before = snapshot(dir, bundleFiles(dir));
    assert.throws(() => relayoutIndexes(dir), UnknownIndexFormat);
    assert.deepEqual(snapshot(dir, bundleFiles(dir)), before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a gzip file is packed again only when smaller and unpacking to the same bytes; other files are refused', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pagefind-recompress-'));
  const file = path.join(dir, 'wasm.en.pagefind');
  const raw = Buffer.from('pagefind_dcd '.repeat(2000));
  writeFileSync(file, gzipSync(raw, { level: 1 }));
  const saved = await recompressFile(file, async (bytes) => gzipSync(bytes, { level: 9 }));
  assert.ok(saved > 0, 'smaller');
  assert.deepEqual(gunzipSync(readFileSync(file)), raw, 'the same bytes');
  assert.equal(
    await recompressFile(file, async () => gzipSync(Buffer.from('other'))),
    0,
    'different bytes are refused',
  );
  assert.deepEqual(gunzipSync(readFileSync(file)), raw);
  writeFileSync(file, 'not gzip');
  await assert.rejects(
    recompressFile(file, async (bytes) => bytes),
    UnknownIndexFormat,
  );
  rmSync(dir, { recursive: true });
});
