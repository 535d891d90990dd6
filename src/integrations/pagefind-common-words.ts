import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';

/** Where the search dialog finds the list, next to the index it describes. */
export const COMMON_WORDS_FILE = 'common-words.json';

/** Pagefind's fragment files: gzip of this signature followed by JSON. */
const SIGNATURE = 'pagefind_dcd';

/** Words as the search dialog compares them: lower case, letters and digits only. */
export const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The words the search dialog leaves out of a query that has other words: those in more than half of
 * all pages whose index entry is larger than a whole chunk (`targetBytes`). A query downloads each of
 * its words' entries in full, and such a word costs more than any ordinary chunk ("observers" costs
 * about 1 MB at 10,000 articles) while telling pages apart hardly at all: results must contain every
 * query word, so it removes fewer than half of them, and ranking (BM25) gives a word on most pages
 * almost no weight. On a small site no entry is that large, so the list is empty and nothing changes.
 *
 * Counted from the text Pagefind indexed (its fragment files), word by word as typed, since the
 * dialog sees what the reader types, not Pagefind's stems. A word's entry is estimated from its uses
 * times the index's average bytes per word (`indexBytes` over all words indexed).
 */
export function writeCommonWords(pagefindDir: string, { targetBytes, indexBytes }: { targetBytes: number; indexBytes: number }) {
  const fragmentDir = path.join(pagefindDir, 'fragment');
  const pagesWith = new Map<string, number>();
  const uses = new Map<string, number>();
  let pages = 0;
  let totalUses = 0;
  for (const file of readdirSync(fragmentDir)) {
    const text = gunzipSync(readFileSync(path.join(fragmentDir, file))).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`${path.join(fragmentDir, file)}: not a Pagefind fragment`);
    const words = wordsOf((JSON.parse(text.slice(SIGNATURE.length)) as { content: string }).content);
    pages++;
    totalUses += words.length;
    const onPage = new Map<string, number>();
    for (const word of words) onPage.set(word, (onPage.get(word) ?? 0) + 1);
    for (const [word, count] of onPage) {
      uses.set(word, (uses.get(word) ?? 0) + count);
      pagesWith.set(word, (pagesWith.get(word) ?? 0) + 1);
    }
  }
  const bytesPerUse = totalUses > 0 ? indexBytes / totalUses : 0;
  const common = [...pagesWith]
    .filter(([word, count]) => count > pages / 2 && uses.get(word)! * bytesPerUse > targetBytes)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([word]) => word);
  writeFileSync(path.join(pagefindDir, COMMON_WORDS_FILE), JSON.stringify(common));
  return common;
}
