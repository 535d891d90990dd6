import {
  encodeLanguageIndex,
  KNOWN_PAGEFIND_VERSIONS,
  readEntry,
  readLanguageIndex,
  writeIndexes,
  type EncodedWord,
} from './format.ts';

/**
 * The layout policy: Pagefind's word index re-cut into chunks by size in bytes, with every large word
 * alone in its chunk. Pagefind 1.6 cuts the sorted word list every N word positions, so a word used on
 * nearly every page ("on", "observers") closes the chunk that holds the words just before it: on a large site a query for "OIC" downloaded
 * the whole entry for "on", because the two shared a chunk (bench/results has the measurements). The words, pages
 * and positions are Pagefind's own, moved between files, never changed. Everything about the files
 * themselves is in ./format.ts.
 */

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

/**
 * The chunk size that makes opening search plus a query cheapest. Opening search downloads the chunk
 * list, about `LIST_ENTRY_GZIP` bytes per chunk; a query downloads one chunk per word it looks up,
 * about `CHUNK_GZIP_RATIO` of its encoded size. With `totalBytes` of words cut into chunks of B bytes, a
 * reader pays (totalBytes / B) list entries plus `QUERY_LOOKUPS` chunks, which is least when
 * B = √(totalBytes · LIST_ENTRY_GZIP / (CHUNK_GZIP_RATIO · QUERY_LOOKUPS)). The two ratios were measured
 * on a 10,000-article synthetic index; a question looks up about six words once its synonyms are
 * counted (src/components/search/engine.ts). `MIN_CHUNK_BYTES` (about 0.5 KB gzip) keeps a small site
 * from paying a request for every word.
 */
const LIST_ENTRY_GZIP = 12;
export const CHUNK_GZIP_RATIO = 0.37;
const QUERY_LOOKUPS = 6;
const MIN_CHUNK_BYTES = 500;
export function chunkTargetBytes(totalBytes: number) {
  return Math.max(
    MIN_CHUNK_BYTES,
    Math.round(Math.sqrt((totalBytes * LIST_ENTRY_GZIP) / (CHUNK_GZIP_RATIO * QUERY_LOOKUPS))),
  );
}

/** What the layout did to one language's index. */
export interface LayoutReport {
  language: string;
  chunksBefore: number;
  chunks: number;
  targetBytes: number;
  indexBytes: number;
  /** For each stem of the word index, the size (gzip) of the chunk file that holds it: what looking it up downloads. */
  lookupBytes: Map<string, number>;
}

/**
 * Re-cuts the word index of every language in the Pagefind bundle at `pagefindDir`. Every language is
 * read and checked before anything is written, so a file this project does not recognise leaves the
 * whole bundle as Pagefind wrote it (`UnknownIndexFormat` is thrown).
 */
export function relayoutIndexes(pagefindDir: string, knownVersions = KNOWN_PAGEFIND_VERSIONS): LayoutReport[] {
  const entry = readEntry(pagefindDir, knownVersions);
  const sizeOf = (word: EncodedWord) => word.bytes.length;
  const planned = Object.keys(entry.languages).map((language) => {
    const old = readLanguageIndex(pagefindDir, entry, language);
    const indexBytes = old.words.reduce((sum, word) => sum + sizeOf(word), 0);
    const targetBytes = chunkTargetBytes(indexBytes);
    const chunks = chunkWords(old.words, sizeOf, targetBytes);
    const files = encodeLanguageIndex(old, chunks);
    const report: LayoutReport = {
      language,
      chunksBefore: old.chunks.length,
      chunks: chunks.length,
      targetBytes,
      indexBytes,
      lookupBytes: new Map(
        chunks.flatMap((chunk, i) => chunk.map((word) => [word.stem, files.chunkSizes[i]] as const)),
      ),
    };
    return { old, files, report };
  });
  writeIndexes(pagefindDir, entry, planned);
  return planned.map(({ report }) => report);
}
