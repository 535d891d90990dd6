import type { FrequentWord } from '../contract.ts';
import { FREQUENT_LOOKUP_BYTES } from '../ranking.ts';
import { pagefindSession, type PagefindSession } from './node-pagefind.ts';

/**
 * The site's frequent words (src/search/ranking.ts): those whose lookup downloads more than
 * `FREQUENT_LOOKUP_BYTES` (or the `threshold` a test sets), measured with Pagefind's own browser
 * search on the built index, not estimated. What a word costs is the index files (`index/*.pf_index`)
 * Pagefind fetches to look it up in a fresh session: the file holding its entry, and any other its
 * search needs (Arabic forms are filed under a stem that sorts far from the word: المراقبون under
 * مراقب). Each form of a word is measured as the reader would type it, in either language.
 *
 * A fresh session per word would take hours at 10,000 articles, so the measurement goes in two steps:
 * 1. One session looks every word of the vocabulary up in turn, with the index files larger than half
 *    the threshold held back (never answered): a word whose lookup does not finish needs one of them;
 *    a word whose lookup fetched several files at once may add up to more. Only those can cost more
 *    than the threshold (any two smaller files together cost less). A word that needs three or more
 *    smaller files, all fetched before by other words, would be missed: tests/build/search-frequent.test.ts
 *    looks a sample of the others up alone to show that none costs more.
 * 2. Each of those is looked up alone, in a fresh session: its exact cost.
 * Then, for each frequent word, its positions on every page, as Pagefind's search reports them (the
 * same two searches the search box runs: `lookUp` in ../core/engine.ts), are gathered for the outlines.
 */

export interface FrequentWords {
  /** Each frequent word as typed, with its key, pages and cost. */
  words: Record<string, FrequentWord>;
  /** By page id: each key's positions on that page. */
  positions: Map<string, Record<string, number[]>>;
  /** How many words were looked up alone in step 2. */
  measured: number;
}

/** How many sessions run at once in step 2: each waits on Pagefind's start-up more than on the processor. */
const SESSIONS_AT_ONCE = 16;
/** Pagefind's browser code fetches at most 100 files at once: a session holding back that many stalls. */
const MAX_HELD = 90;

const isIndexFile = (file: string) => file.endsWith('.pf_index');

/** The words of `words` whose lookup may cost more than the threshold (step 1). */
async function mayBeFrequent(indexDir: string, lang: string, words: string[], threshold: number) {
  const suspects = new Set<string>();
  let session: PagefindSession | undefined;
  let held = 0;
  let fetched = 0;
  const open = async () => {
    await session?.close();
    held = 0;
    session = await pagefindSession(indexDir, lang, {
      hold: (file, bytes) => isIndexFile(file) && bytes > threshold / 2 && ++held > 0,
      onRead: (file) => void (isIndexFile(file) && fetched++),
    });
    // The session's start (its metadata and WebAssembly) finishes before the first word is timed.
    await session.preload('');
  };
  await open();
  for (const word of words) {
    if (held >= MAX_HELD) await open();
    const before = fetched;
    let done = false;
    void session!.preload(word).then(() => (done = true));
    // Files are read from disk and unpacked in a few turns of the event loop; a lookup still waiting
    // after that waits for a file held back.
    for (let turn = 0; turn < 50 && !done; turn++) await new Promise((resolve) => setImmediate(resolve));
    if (!done || fetched - before > 1) suspects.add(word);
  }
  await session?.close();
  return [...suspects];
}

/** What looking `word` up downloads in a fresh session: the index files Pagefind fetches (step 2). */
async function lookupBytes(indexDir: string, lang: string, word: string) {
  let bytes = 0;
  const session = await pagefindSession(indexDir, lang, {
    onRead: (file, size) => void (isIndexFile(file) && (bytes += size)),
  });
  await session.preload(word);
  await session.close();
  return bytes;
}

/**
 * The frequent words among `vocabulary` (the words of the language's indexed text, as the search box
 * cuts them), with their positions on each page.
 */
export async function frequentWords(
  indexDir: string,
  lang: string,
  vocabulary: string[],
  threshold = FREQUENT_LOOKUP_BYTES,
): Promise<FrequentWords> {
  const sorted = [...vocabulary].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const suspects = await mayBeFrequent(indexDir, lang, sorted, threshold);
  const costs = new Map<string, number>();
  let next = 0;
  await Promise.all(
    Array.from({ length: SESSIONS_AT_ONCE }, async () => {
      while (next < suspects.length) {
        const word = suspects[next++];
        costs.set(word, await lookupBytes(indexDir, lang, word));
      }
    }),
  );
  const frequent = [...costs].filter(([, bytes]) => bytes > threshold).map(([word]) => word);
  const words: Record<string, FrequentWord> = {};
  const positions = new Map<string, Record<string, number[]>>();
  if (frequent.length === 0) return { words, positions, measured: suspects.length };

  const session = await pagefindSession(indexDir, lang);
  // Forms that Pagefind files together find the same pages at the same places: they share one key.
  const keyOf = new Map<string, string>();
  for (const word of frequent.sort()) {
    const [ranked, exact] = await Promise.all([session.search(word), session.search(`"${word}"`)]);
    const kept = new Set(exact?.results.map((result) => result.id));
    const results = (ranked?.results ?? []).filter((result) => kept.has(result.id) && result.words.length > 0);
    const signature = results.map((result) => `${result.id}@${result.words.join(',')}`).join(';');
    const key = keyOf.get(signature) ?? word;
    words[word] = [key, results.length, Math.ceil(costs.get(word)! / 1024)];
    if (keyOf.has(signature)) continue;
    keyOf.set(signature, word);
    for (const result of results) {
      const page = positions.get(result.id) ?? {};
      page[key] = [...new Set(result.words)].sort((a, b) => a - b);
      positions.set(result.id, page);
    }
  }
  await session.close();
  return { words, positions, measured: suspects.length };
}
