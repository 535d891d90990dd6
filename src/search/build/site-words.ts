import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { searchWords } from '../core/words.ts';
import { followingLetters, vocabularyKey } from '../core/vocabulary.ts';
import {
  CONTRACT_VERSION,
  searchDataFile,
  siteWordsFile,
  vocabularyFile,
  type FrequentWord,
  type SearchData,
  type SiteWords,
} from '../contract.ts';

/**
 * The site's words, per language, from the text Pagefind indexed (each page's `content`, as its
 * public API gives it), cut into words by `searchWords`, the same function the search box uses. Files
 * come from it next to the index they describe, loaded by the browser only when search needs them:
 * - `site-words.<lang>.json`, with the first search: the synonym groups, the status line's sentences,
 *   the frequent words, and which vocabulary files exist;
 * - `words.<lang>.<key>.json`: the vocabulary, for "Did you mean" suggestions, in small files by first
 *   letter (../core/vocabulary.ts), fetched only for a word that matches nothing.
 */

export interface LanguageWords {
  pages: number;
  /** Per word: on how many pages, and how many times in all. */
  words: Map<string, { pages: number; uses: number }>;
}

export const noWords = (): LanguageWords => ({ pages: 0, words: new Map() });

/** Counts the words of one page's indexed text into `stats`. */
export function countPageWords(stats: LanguageWords, content: string) {
  stats.pages++;
  const onPage = new Map<string, number>();
  for (const word of searchWords(content)) onPage.set(word, (onPage.get(word) ?? 0) + 1);
  for (const [word, uses] of onPage) {
    const counts = stats.words.get(word) ?? { pages: 0, uses: 0 };
    counts.pages++;
    counts.uses += uses;
    stats.words.set(word, counts);
  }
}

/** Words worth suggesting: not numbers, at least three letters. */
const suggestable = (word: string) => word.length >= 3 && !/^\p{N}+$/u.test(word);

/**
 * A letter's vocabulary file above this size (gzip) is split by the next letter: "Did you mean" fetches
 * one file for a word that matches nothing, and no file should cost much more than an index chunk.
 */
const VOCABULARY_SPLIT_GZIP = 1024;

/**
 * The vocabulary in small files, most used words first, keyed as `vocabularyKey` (../core/vocabulary.ts)
 * files them: by first letter, and the letters whose file would be larger than `VOCABULARY_SPLIT_GZIP`
 * (`split`) by the next letter too, with a file, empty or not, for every letter that can follow them.
 */
export function vocabularyShards(stats: LanguageWords): { shards: Map<string, string[]>; split: string[] } {
  const ranked = [...stats.words]
    .filter(([word]) => suggestable(word))
    .sort((a, b) => b[1].uses - a[1].uses || (a[0] < b[0] ? -1 : 1))
    .map(([word]) => word);
  const fileBy = (split: ReadonlySet<string>) => {
    const shards = new Map<string, string[]>();
    for (const word of ranked) {
      const key = vocabularyKey(word, split);
      const shard = shards.get(key);
      if (shard) shard.push(word);
      else shards.set(key, [word]);
    }
    return shards;
  };
  const byLetter = fileBy(new Set());
  const split = [...byLetter]
    .filter(([, words]) => gzipSync(JSON.stringify(words)).length > VOCABULARY_SPLIT_GZIP)
    .map(([key]) => key)
    .sort();
  const shards = fileBy(new Set(split));
  for (const key of split) {
    const letter = String.fromCodePoint(parseInt(key, 16));
    for (const next of ['', ...followingLetters(letter)]) {
      const file = next ? `${key}-${next.codePointAt(0)!.toString(16)}` : key;
      if (!shards.has(file)) shards.set(file, []);
    }
  }
  return { shards, split };
}

/**
 * Writes a language's word-list file and vocabulary files into `pagefindDir`, with the synonyms and
 * messages of the site's `search-data.<lang>.json` (beside the index folder): one request fewer for
 * search. The endpoint's file stays where it is, so a built site can be indexed again.
 */
export function writeSiteWords(
  pagefindDir: string,
  lang: string,
  stats: LanguageWords,
  { frequent, sections }: { frequent: Record<string, FrequentWord>; sections: boolean },
) {
  const dataPath = path.join(path.dirname(pagefindDir), searchDataFile(lang));
  const data = existsSync(dataPath) ? (JSON.parse(readFileSync(dataPath, 'utf8')) as SearchData) : undefined;
  const { shards, split } = vocabularyShards(stats);
  for (const [key, list] of shards)
    writeFileSync(path.join(pagefindDir, vocabularyFile(lang, key)), JSON.stringify(list));
  const siteWords: SiteWords = {
    version: CONTRACT_VERSION,
    pages: stats.pages,
    frequent,
    vocabulary: [...shards.keys()].filter((key) => !key.includes('-')).sort(),
    vocabularySplit: split,
    synonyms: data?.synonyms ?? [],
    ...(data && { messages: data.messages }),
    sections,
  };
  writeFileSync(path.join(pagefindDir, siteWordsFile(lang)), JSON.stringify(siteWords));
  return [...shards.values()].reduce((n, list) => n + list.length, 0);
}
