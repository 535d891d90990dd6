import { decode, encode } from 'cborg';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { IndexedPage } from '../core/pagefind-api.ts';
import { gunzipSync, gzipSync } from 'node:zlib';
import path from 'node:path';

/**
 * Everything this project knows about Pagefind's private index files, in one place. Pagefind documents
 * its Node and browser APIs, not these files, and their layout has changed between releases; so every
 * reader here checks what it finds and throws `UnknownIndexFormat` on anything unexpected. Callers treat
 * that as "leave Pagefind's own index alone", never as a failed build.
 *
 * The layout, as Pagefind 1.6.0 writes it:
 * - `pagefind-entry.json`: `{ version, languages: { <lang>: { hash, wasm, page_count } } }`.
 * - `pagefind.<hash>.pf_meta`: gzip of the signature below + CBOR
 *   `[version, pages, chunks, filters, sorts, meta_fields]`, where `chunks` lists the word index's chunk
 *   files in word order as `[first word, last word, file hash]`.
 * - `index/<hash>.pf_index`: gzip of the signature + CBOR `[[word, …]]`, a word being
 *   `[stem, pages, variants]`, sorted as Rust sorts strings (by UTF-8 bytes).
 * - `fragment/<page id>.pf_fragment`: gzip of the signature + JSON, one page's text and headings.
 */

/** Pagefind versions whose index files this module has been checked against. */
export const KNOWN_PAGEFIND_VERSIONS = ['1.6.0'];

/** Thrown when the files are not laid out as this module expects. */
export class UnknownIndexFormat extends Error {
  override name = 'UnknownIndexFormat';
}

/** Pagefind's data files are gzip of this signature followed by CBOR. */
const SIGNATURE = Buffer.from('pagefind_dcd');

export function decodeDataFile(bytes: Uint8Array, name: string): unknown {
  let raw: Buffer;
  try {
    raw = gunzipSync(bytes);
  } catch {
    throw new UnknownIndexFormat(`${name}: not gzip`);
  }
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE))
    throw new UnknownIndexFormat(`${name}: no Pagefind signature`);
  try {
    return decode(raw.subarray(SIGNATURE.length));
  } catch (error) {
    throw new UnknownIndexFormat(`${name}: not CBOR (${(error as Error).message})`);
  }
}

export const readDataFile = (file: string) => decodeDataFile(readFileSync(file), file);

/** A data file's bytes for `value`, or for CBOR that is already encoded. */
export const encodeDataFile = (value: unknown) => gzipSync(Buffer.concat([SIGNATURE, encode(value)]), { level: 9 });
const encodeRawDataFile = (cbor: Uint8Array[]) => gzipSync(Buffer.concat([SIGNATURE, ...cbor]), { level: 9 });

/** CBOR's head for an array of `length` items (RFC 8949, §3: major type 4). */
function cborArrayHead(length: number) {
  if (length < 24) return Uint8Array.of(0x80 + length);
  if (length < 0x100) return Uint8Array.of(0x98, length);
  if (length < 0x10000) return Uint8Array.of(0x99, length >> 8, length & 0xff);
  return Uint8Array.of(0x9a, length >>> 24, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff);
}

/** One word of the index: its stem, and its CBOR encoding, which the layout moves without changing. */
export interface EncodedWord {
  stem: string;
  bytes: Uint8Array;
}

/** One entry of the metadata's chunk list. */
export type ChunkEntry = [from: string, to: string, hash: string];

export interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string }>;
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** Reads `pagefind-entry.json` and checks that this module knows the version that wrote it. */
export function readEntry(pagefindDir: string, knownVersions = KNOWN_PAGEFIND_VERSIONS): Entry {
  const file = path.join(pagefindDir, 'pagefind-entry.json');
  if (!existsSync(file)) throw new UnknownIndexFormat(`${file} is missing`);
  const entry = JSON.parse(readFileSync(file, 'utf8')) as Partial<Entry>;
  if (!isString(entry.version) || typeof entry.languages !== 'object' || entry.languages === null) {
    throw new UnknownIndexFormat(`${file}: no version or languages`);
  }
  if (!knownVersions.includes(entry.version)) {
    throw new UnknownIndexFormat(
      `Pagefind ${entry.version} wrote this index; its files are known for ${knownVersions.join(', ') || 'no version'}`,
    );
  }
  for (const [language, info] of Object.entries(entry.languages)) {
    if (!isString(info?.hash)) throw new UnknownIndexFormat(`${file}: language ${language} has no hash`);
  }
  return entry as Entry;
}

/** One language's word index, read and checked: its metadata, chunk list and words in order. */
export interface LanguageIndex {
  language: string;
  metaFile: string;
  meta: unknown[];
  chunks: ChunkEntry[];
  words: EncodedWord[];
}

const isChunkEntry = (value: unknown): value is ChunkEntry =>
  Array.isArray(value) && value.length === 3 && value.every(isString);

export function readLanguageIndex(pagefindDir: string, entry: Entry, language: string): LanguageIndex {
  const metaFile = path.join(pagefindDir, `pagefind.${entry.languages[language].hash}.pf_meta`);
  const meta = readDataFile(metaFile);
  if (!Array.isArray(meta) || meta[0] !== entry.version || !Array.isArray(meta[2]) || !meta[2].every(isChunkEntry)) {
    throw new UnknownIndexFormat(`${metaFile}: not a Pagefind ${entry.version} metadata file`);
  }
  const chunks = meta[2] as ChunkEntry[];
  const words: EncodedWord[] = [];
  for (const [, , hash] of chunks) {
    const file = path.join(pagefindDir, 'index', `${hash}.pf_index`);
    const chunk = readDataFile(file);
    if (!Array.isArray(chunk) || !Array.isArray(chunk[0]))
      throw new UnknownIndexFormat(`${file}: not a word index chunk`);
    for (const word of chunk[0] as unknown[]) {
      if (!Array.isArray(word) || !isString(word[0]) || !Array.isArray(word[1])) {
        throw new UnknownIndexFormat(`${file}: a word is not [stem, pages, variants]`);
      }
      words.push({ stem: word[0], bytes: encode(word) });
    }
  }
  for (let i = 1; i < words.length; i++) {
    if (compareUtf8(words[i - 1].stem, words[i].stem) >= 0)
      throw new UnknownIndexFormat(`${metaFile}: words are not in Pagefind's order`);
  }
  return { language, metaFile, meta, chunks, words };
}

/** Rust compares strings by UTF-8 bytes; JavaScript by UTF-16 units. Pagefind's order is Rust's. */
export const compareUtf8 = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * The chunk list's word ranges, trimmed as Pagefind 1.6 trims them (`chunk_meta`): each boundary cut to
 * the shortest prefixes that still tell the two neighbouring words apart. Its search code looks up
 * chunks by these ranges.
 */
export function trimmedChunkRanges(chunks: readonly (readonly string[])[]) {
  const ranges = chunks.map((chunk) => ({ from: chunk[0], to: chunk.at(-1)! }));
  for (let i = 0; i < ranges.length - 1; i++) {
    const a = [...ranges[i].to];
    const b = [...ranges[i + 1].from];
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    const aPrefix = a.slice(0, common + 1).join('');
    const bPrefix = b.slice(0, common + 1).join('');
    // Trimming `to` never makes a range end before it starts.
    if (compareUtf8(aPrefix, ranges[i].from) >= 0) ranges[i].to = aPrefix;
    ranges[i + 1].from = bPrefix;
  }
  return ranges;
}

/** The largest string that sorts before `text` up to one more character (UTF-8 order, as Rust's). */
function justBefore(text: string) {
  const points = [...text];
  const last = points.pop()!.codePointAt(0)!;
  if (last === 0) return points.join('');
  const previous = last === 0xe000 ? 0xd7ff : last - 1; // skip the surrogates, which are not characters
  return `${points.join('')}${String.fromCodePoint(previous)}\u{10FFFF}`;
}

/**
 * The ranges this project writes: Pagefind's, with each chunk's range reaching up to where the next
 * begins. Pagefind's browser code looks a query word up as typed, before stemming, so "agreements"
 * (indexed as "agreement") often falls between two trimmed ranges; it then loads every chunk whose
 * trimmed bounds could hold the word, which includes a chunk filed as just "a" (the whole entry of the
 * word "a", the heaviest of a large site). With no gaps, every word loads exactly one chunk: the one
 * holding the words just before it, where its stem sorts.
 */
export function chunkRanges(chunks: readonly (readonly string[])[]) {
  const ranges = trimmedChunkRanges(chunks);
  for (let i = 0; i < ranges.length - 1; i++) ranges[i].to = justBefore(ranges[i + 1].from);
  return ranges;
}

/**
 * Chunk files are named as Pagefind names its files, `language_hash`; the hash is cut to 5 hex digits
 * (Pagefind uses 7), lengthened where two chunks would clash. Every chunk's name is listed in the
 * metadata that opening search downloads, so shorter names make that download smaller; Pagefind's
 * browser code only looks a chunk up by the name listed.
 */
const CHUNK_HASH_LENGTH = 5;

/** `language_hash` as Pagefind names its files: the language, then `length` hex digits or more. */
function contentHash(language: string, bytes: Uint8Array, length: number, taken: Set<string>) {
  const hash = createHash('sha256').update(bytes).digest('hex');
  let name = `${language}_${hash.slice(0, length)}`;
  for (let more = length + 1; taken.has(name); more++) name = `${language}_${hash.slice(0, more)}`;
  taken.add(name);
  return name;
}

/** The files of a language's index cut into new chunks: what `writeIndex` puts on disk. */
export interface IndexFiles {
  language: string;
  chunkFiles: Map<string, Buffer>;
  /** The size of each chunk's file (gzip), in the order of the chunks. */
  chunkSizes: number[];
  metaHash: string;
  metaBytes: Buffer;
}

/** Encodes `chunks` (the words, in order) as chunk files and a metadata file listing them. */
export function encodeLanguageIndex(index: LanguageIndex, chunks: EncodedWord[][]): IndexFiles {
  const taken = new Set<string>();
  const ranges = chunkRanges(chunks.map((chunk) => chunk.map((word) => word.stem)));
  const chunkFiles = new Map<string, Buffer>();
  const chunkSizes: number[] = [];
  const list: ChunkEntry[] = chunks.map((chunk, i) => {
    // The file holds [[word, word, …]], as Pagefind's WordIndex { words } encodes.
    const bytes = encodeRawDataFile([
      cborArrayHead(1),
      cborArrayHead(chunk.length),
      ...chunk.map((word) => word.bytes),
    ]);
    const hash = contentHash(index.language, bytes, CHUNK_HASH_LENGTH, taken);
    chunkFiles.set(hash, bytes);
    chunkSizes.push(bytes.length);
    return [ranges[i].from, ranges[i].to, hash];
  });
  const meta = [...index.meta];
  meta[2] = list;
  const metaBytes = encodeDataFile(meta);
  return {
    language: index.language,
    chunkFiles,
    chunkSizes,
    metaBytes,
    metaHash: contentHash(index.language, metaBytes, 10, new Set()),
  };
}

/**
 * Puts new indexes in place of the old ones. New files are written next to the old; then
 * `pagefind-entry.json`, which Pagefind's browser code reads first, is replaced in one rename to point at
 * them; only then are the old files removed. If writing fails before the switch, the new files are
 * removed and Pagefind's index is left as it was.
 */
export function writeIndexes(pagefindDir: string, entry: Entry, indexes: { old: LanguageIndex; files: IndexFiles }[]) {
  const indexDir = path.join(pagefindDir, 'index');
  const keep = new Set<string>();
  const written: string[] = [];
  const put = (file: string, bytes: Buffer) => {
    keep.add(file);
    if (existsSync(file)) return; // Same content, same name: a chunk the new layout did not change.
    writeFileSync(file, bytes);
    written.push(file);
  };
  const entryFile = path.join(pagefindDir, 'pagefind-entry.json');
  try {
    const next = structuredClone(entry);
    for (const { files } of indexes) {
      for (const [hash, bytes] of files.chunkFiles) put(path.join(indexDir, `${hash}.pf_index`), bytes);
      put(path.join(pagefindDir, `pagefind.${files.metaHash}.pf_meta`), files.metaBytes);
      next.languages[files.language].hash = files.metaHash;
    }
    writeFileSync(`${entryFile}.new`, JSON.stringify(next));
    renameSync(`${entryFile}.new`, entryFile);
  } catch (error) {
    for (const file of written) rmSync(file, { force: true });
    rmSync(`${entryFile}.new`, { force: true });
    throw error;
  }
  for (const { old } of indexes) {
    for (const [, , hash] of old.chunks) {
      const file = path.join(indexDir, `${hash}.pf_index`);
      if (!keep.has(file)) rmSync(file, { force: true });
    }
    if (!keep.has(old.metaFile)) rmSync(old.metaFile, { force: true });
  }
}

/** The chunk list of a language's metadata, for tests and the benchmark. */
export function chunkListOf(pagefindDir: string, language?: string): ChunkEntry[] {
  const entry = readEntry(pagefindDir);
  const lang = language ?? Object.keys(entry.languages)[0];
  return (
    readDataFile(path.join(pagefindDir, `pagefind.${entry.languages[lang].hash}.pf_meta`)) as unknown[]
  )[2] as ChunkEntry[];
}

/**
 * Pagefind's WebAssembly files, one per language (`wasm.<name>.pagefind`): gzip, which its browser
 * code unpacks itself, so any valid gzip of the same bytes serves as well, whatever Pagefind's version.
 */
export function wasmFiles(pagefindDir: string): string[] {
  const entryFile = path.join(pagefindDir, 'pagefind-entry.json');
  if (!existsSync(entryFile)) throw new UnknownIndexFormat(`${entryFile} is missing`);
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Partial<Entry>;
  const names = new Set(Object.values(entry.languages ?? {}).map((info) => info?.wasm));
  return [...names].map((name) => {
    if (!isString(name)) throw new UnknownIndexFormat(`${pagefindDir}: a language names no WebAssembly file`);
    const file = path.join(pagefindDir, `wasm.${name}.pagefind`);
    if (!existsSync(file)) throw new UnknownIndexFormat(`${file} is missing`);
    return file;
  });
}

/**
 * Replaces a gzip file with a smaller gzip of exactly the same bytes (from `compress`), after checking
 * that it unpacks to them; returns the bytes saved.
 */
export async function recompressFile(file: string, compress: (raw: Buffer) => Promise<Uint8Array>) {
  const packed = readFileSync(file);
  let raw: Buffer;
  try {
    raw = gunzipSync(packed);
  } catch {
    throw new UnknownIndexFormat(`${file}: not gzip`);
  }
  const repacked = Buffer.from(await compress(raw));
  if (repacked.length >= packed.length || !gunzipSync(repacked).equals(raw)) return 0;
  writeFileSync(`${file}.new`, repacked);
  renameSync(`${file}.new`, file);
  return packed.length - repacked.length;
}

/**
 * The pages' files (`fragment/<page id>.pf_fragment`): gzip of the signature + JSON
 * `{ url, content, meta, anchors: [{ element, id, text, location }], … }`, one page each.
 */
export function pageFiles(pagefindDir: string): { id: string; file: string }[] {
  const dir = path.join(pagefindDir, 'fragment');
  if (!existsSync(dir)) throw new UnknownIndexFormat(`${dir} is missing`);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pf_fragment'))
    .map((name) => ({ id: name.slice(0, -'.pf_fragment'.length), file: path.join(dir, name) }));
}

/** One page's file, checked to hold what the section cut reads. */
export function readPageFile(file: string) {
  let raw: Buffer;
  try {
    raw = gunzipSync(readFileSync(file));
  } catch {
    throw new UnknownIndexFormat(`${file}: not gzip`);
  }
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE))
    throw new UnknownIndexFormat(`${file}: no Pagefind signature`);
  let page: Record<string, unknown>;
  try {
    page = JSON.parse(raw.subarray(SIGNATURE.length).toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new UnknownIndexFormat(`${file}: not JSON`);
  }
  const { url, content, meta, anchors } = page;
  const isAnchor = (anchor: unknown) => {
    const { element, id, location } = (anchor ?? {}) as Record<string, unknown>;
    return isString(element) && isString(id) && typeof location === 'number';
  };
  if (
    !isString(url) ||
    !isString(content) ||
    typeof meta !== 'object' ||
    meta === null ||
    !Object.values(meta).every(isString) ||
    !Array.isArray(anchors) ||
    !anchors.every(isAnchor)
  )
    throw new UnknownIndexFormat(`${file}: not a page (url, content, meta, anchors)`);
  // Text cut at zero-width spaces (Chinese, Japanese) counts its words otherwise.
  if (content.includes('\u200B')) throw new UnknownIndexFormat(`${file}: words cut at zero-width spaces`);
  return page as unknown as IndexedPage;
}
