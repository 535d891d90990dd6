import { decode, encode } from 'cborg';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import path from 'node:path';

/**
 * Re-cuts Pagefind's word index into chunks by size in bytes, with every large word alone in its
 * chunk. Pagefind 1.6 cuts the sorted word list every N word positions, so a word used on nearly every
 * page ("on", "observers") closes the chunk that holds the words just before it: at 10,000 articles a
 * query for "OIC" downloaded 268 KB because "oic" shares a chunk with "on". Its source says "TODO:
 * Parameterize these chunk sizes via byte size rather than word count": this is that, done after it
 * writes. The words, pages and positions are Pagefind's own, moved between files, never changed.
 */

/** Pagefind's files are gzip of this signature followed by CBOR. */
const SIGNATURE = Buffer.from('pagefind_dcd');
/** The index layout below is that of this version; another one fails the build rather than guessing. */
export const PAGEFIND_INDEX_VERSION = '1.6.0';

/** One word of the index: its stem, the pages it is on (with positions), and spelling variants. */
export type IndexWord = [word: string, pages: unknown[], variants: unknown[]];
/** A word of the index as the layout handles it: its stem, and its CBOR encoding, moved as is. */
interface EncodedWord {
  stem: string;
  bytes: Uint8Array;
}
/** One entry of the metadata's chunk list: the chunk's first and last word (trimmed) and file hash. */
type ChunkEntry = [from: string, to: string, hash: string];

export function readPagefindFile(file: string): unknown {
  const bytes = gunzipSync(readFileSync(file));
  if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${file}: not a Pagefind data file`);
  return decode(bytes.subarray(SIGNATURE.length));
}

const pagefindFileBytes = (value: unknown) => gzipSync(Buffer.concat([SIGNATURE, encode(value)]), { level: 9 });

/**
 * Groups the sorted words into chunks of about `targetBytes` (encoded size), keeping their order. A
 * word larger than the target gets a chunk of its own, so no small word pays for downloading it.
 */
export function chunkWords<Word>(words: readonly Word[], sizeOf: (word: Word) => number, targetBytes: number) {
  const chunks: Word[][] = [];
  let chunk: Word[] = [];
  let chunkBytes = 0;
  for (const word of words) {
    const bytes = sizeOf(word);
    if (chunk.length > 0 && chunkBytes + bytes > targetBytes) {
      chunks.push(chunk);
      chunk = [];
      chunkBytes = 0;
    }
    chunk.push(word);
    chunkBytes += bytes;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** Rust compares strings by UTF-8 bytes; JavaScript by UTF-16 units. Pagefind's order is Rust's. */
const compareUtf8 = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * The chunk list's word ranges, exactly as Pagefind 1.6 writes them (`chunk_meta`): each boundary is
 * trimmed to the shortest prefixes that still tell the two neighbouring words apart. Its search code
 * looks up chunks by these ranges, so the list must read as one Pagefind itself could have written.
 */
export function chunkRanges(chunks: readonly (readonly string[])[]) {
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

/**
 * The chunk size that makes opening search plus a query cheapest. Opening search downloads the chunk
 * list, about `LIST_ENTRY_GZIP` bytes per chunk; a query downloads one chunk per word, about
 * `CHUNK_GZIP_RATIO` of its encoded size. With `totalBytes` of words cut into chunks of B bytes, a
 * reader pays (totalBytes / B) list entries plus `QUERY_WORDS` chunks, which is least when
 * B = √(totalBytes · LIST_ENTRY_GZIP / (CHUNK_GZIP_RATIO · QUERY_WORDS)). The ratios were measured on
 * 10,000 synthetic articles (4,547 chunks: 52.7 KB of chunk list). `MIN_CHUNK_BYTES` (about 1.5 KB
 * gzip) keeps a small site from paying a request for every few words.
 */
const LIST_ENTRY_GZIP = 12;
const CHUNK_GZIP_RATIO = 0.37;
const QUERY_WORDS = 3;
const MIN_CHUNK_BYTES = 4_000;
export function chunkTargetBytes(totalBytes: number) {
  return Math.max(MIN_CHUNK_BYTES, Math.round(Math.sqrt((totalBytes * LIST_ENTRY_GZIP) / (CHUNK_GZIP_RATIO * QUERY_WORDS))));
}

/** `language_hash` as Pagefind names its files: the language, then 7 (chunks) or 10 (metadata) hex. */
function contentHash(language: string, bytes: Uint8Array, length: number, taken: Set<string>) {
  const hash = createHash('sha256').update(bytes).digest('hex');
  let name = `${language}_${hash.slice(0, length)}`;
  for (let more = length + 1; taken.has(name); more++) name = `${language}_${hash.slice(0, more)}`;
  taken.add(name);
  return name;
}

/** CBOR's head for an array of `length` items (RFC 8949, §3: major type 4). */
function cborArrayHead(length: number) {
  if (length < 24) return Uint8Array.of(0x80 + length);
  if (length < 0x100) return Uint8Array.of(0x98, length);
  if (length < 0x10000) return Uint8Array.of(0x99, length >> 8, length & 0xff);
  return Uint8Array.of(0x9a, length >>> 24, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff);
}

/**
 * Rewrites the word index of the Pagefind bundle in `pagefindDir`, one language at a time: reads every
 * chunk in the order of the metadata's chunk list, cuts the words again with `chunkWords`, writes the
 * new chunk files and a new metadata file, removes the old ones and points `pagefind-entry.json` at
 * the new metadata. Each word is decoded and encoded once and kept only as its bytes, so 10,000
 * articles take about 15 s and little memory beyond the index itself. Returns, per language, the chunk
 * counts and the size it aimed for.
 */
export function relayoutIndex(pagefindDir: string) {
  const entryFile = path.join(pagefindDir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { version: string; languages: Record<string, { hash: string }> };
  if (entry.version !== PAGEFIND_INDEX_VERSION) {
    throw new Error(`${entryFile}: Pagefind ${entry.version} wrote this index; its chunk layout is only known for ${PAGEFIND_INDEX_VERSION}`);
  }
  const indexDir = path.join(pagefindDir, 'index');
  const report = [];
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaFile = path.join(pagefindDir, `pagefind.${info.hash}.pf_meta`);
    const meta = readPagefindFile(metaFile) as unknown[];
    const oldChunks = meta[2] as ChunkEntry[];
    if (meta[0] !== PAGEFIND_INDEX_VERSION || !Array.isArray(oldChunks)) throw new Error(`${metaFile}: not a Pagefind ${PAGEFIND_INDEX_VERSION} metadata file`);

    // Only the word itself (for the chunk list) and its encoded bytes are needed from here on.
    const words: EncodedWord[] = oldChunks.flatMap(([, , hash]) =>
      (readPagefindFile(path.join(indexDir, `${hash}.pf_index`)) as [IndexWord[]])[0].map((word) => ({ stem: word[0], bytes: encode(word) })),
    );
    const sizeOf = (word: EncodedWord) => word.bytes.length;
    const indexBytes = words.reduce((sum, word) => sum + sizeOf(word), 0);
    const target = chunkTargetBytes(indexBytes);
    const chunks = chunkWords(words, sizeOf, target);

    const taken = new Set<string>();
    const ranges = chunkRanges(chunks.map((chunk) => chunk.map((word) => word.stem)));
    const newChunks: ChunkEntry[] = chunks.map((chunk, i) => {
      // The file holds [[word, word, …]], as Pagefind's WordIndex { words } encodes.
      const cbor = Buffer.concat([SIGNATURE, cborArrayHead(1), cborArrayHead(chunk.length), ...chunk.map((word) => word.bytes)]);
      const bytes = gzipSync(cbor, { level: 9 });
      const hash = contentHash(language, bytes, 7, taken);
      writeFileSync(path.join(indexDir, `${hash}.pf_index.new`), bytes);
      return [ranges[i].from, ranges[i].to, hash];
    });
    for (const [, , hash] of oldChunks) rmSync(path.join(indexDir, `${hash}.pf_index`));
    for (const [, , hash] of newChunks) renameSync(path.join(indexDir, `${hash}.pf_index.new`), path.join(indexDir, `${hash}.pf_index`));

    meta[2] = newChunks;
    const metaBytes = pagefindFileBytes(meta);
    info.hash = contentHash(language, metaBytes, 10, new Set());
    rmSync(metaFile);
    writeFileSync(path.join(pagefindDir, `pagefind.${info.hash}.pf_meta`), metaBytes);
    report.push({ language, chunksBefore: oldChunks.length, chunks: newChunks.length, targetBytes: target, indexBytes });
  }
  writeFileSync(entryFile, JSON.stringify(entry));
  if (readdirSync(indexDir).some((file) => file.endsWith('.new'))) throw new Error(`${indexDir}: unfinished chunk files left behind`);
  return report;
}
