import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { htmlFiles } from '../../lib/builtSite.ts';
import { searchWords } from '../core/words.ts';
import { gzipSync } from 'node:zlib';
import { CHUNK_GZIP_RATIO, type LayoutReport } from './layout.ts';
import { followingLetters, vocabularyKey } from '../core/vocabulary.ts';
import {
  CONTRACT_VERSION,
  searchDataFile,
  siteWordsFile,
  vocabularyFile,
  type SearchData,
  type SiteWords,
} from '../contract.ts';

/**
 * Word counts from the site's own built pages, per language: the text Pagefind indexes (inside
 * `data-pagefind-body`, outside `data-pagefind-ignore` and the excluded selectors), cut into words
 * by `searchWords`, the same function the search box uses. Files come from it next to the index they
 * describe, loaded by the browser only when search needs them:
 * - `site-words.<lang>.json`, with search: the common words, left out of queries because they cost
 *   more than they tell apart, the synonym groups, what a lookup downloads (the chunk size and the
 *   heavy entries), and which vocabulary files exist;
 * - `words.<lang>.<key>.json`: the vocabulary, for "Did you mean" suggestions, in small files by first
 *   letter (src/lib/vocabularyKey.ts), fetched only for a word that matches nothing.
 */

export interface PageText {
  lang: string;
  text: string;
}

/** The indexed text of one page, or nothing when the page has no `data-pagefind-body`. */
export function indexedText(html: string, excludedClasses: readonly string[] = []): PageText | undefined {
  let lang = '';
  let body = 0; // depth inside data-pagefind-body
  let ignored = 0; // depth inside something left out of the index
  let found = false;
  const open: boolean[] = []; // per open element: did it start an ignored region?
  const openBody: boolean[] = [];
  const parts: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'html') lang = attributes['lang'] ?? '';
        const classes = (attributes['class'] ?? '').split(/\s+/);
        const isBody = 'data-pagefind-body' in attributes;
        const isIgnored =
          'data-pagefind-ignore' in attributes ||
          ['script', 'style', 'template', 'noscript'].includes(name) ||
          excludedClasses.some((c) => classes.includes(c));
        openBody.push(isBody);
        open.push(isIgnored);
        if (isBody) {
          body++;
          found = true;
        }
        if (isIgnored) ignored++;
        // Block elements separate words even without whitespace between them.
        parts.push(' ');
      },
      ontext(text) {
        if (body > 0 && ignored === 0) parts.push(text);
      },
      onclosetag() {
        if (openBody.pop()) body--;
        if (open.pop()) ignored--;
        parts.push(' ');
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return found ? { lang: lang.split('-')[0].toLowerCase() || 'unknown', text: parts.join('') } : undefined;
}

export interface LanguageWords {
  pages: number;
  totalUses: number;
  /** Per word: on how many pages, and how many times in all. */
  words: Map<string, { pages: number; uses: number }>;
}

export function countSiteWords(siteDir: string, excludedClasses: readonly string[]): Map<string, LanguageWords> {
  const byLanguage = new Map<string, LanguageWords>();
  for (const file of htmlFiles(siteDir)) {
    const page = indexedText(readFileSync(path.join(siteDir, file), 'utf8'), excludedClasses);
    if (!page) continue;
    const stats = byLanguage.get(page.lang) ?? { pages: 0, totalUses: 0, words: new Map() };
    byLanguage.set(page.lang, stats);
    stats.pages++;
    const onPage = new Map<string, number>();
    for (const word of searchWords(page.text)) onPage.set(word, (onPage.get(word) ?? 0) + 1);
    for (const [word, uses] of onPage) {
      const counts = stats.words.get(word) ?? { pages: 0, uses: 0 };
      counts.pages++;
      counts.uses += uses;
      stats.words.set(word, counts);
      stats.totalUses += uses;
    }
  }
  return byLanguage;
}

/**
 * The words the search box leaves out of a query that has other words: those on more than half of all
 * pages whose index entry is larger than a whole chunk (and than `COMMON_WORD_MIN_BYTES`). A query downloads each of its words' entries in
 * full, and such a word costs more than any ordinary chunk ("observers" costs about 1 MB at 10,000
 * articles) while telling pages apart hardly at all: ranking (BM25) gives a word on most pages almost no
 * weight. A word's entry is estimated from its uses times the index's average bytes per use. On a small
 * site no entry is that large, so the list is short and changes little.
 */
export function commonWords(stats: LanguageWords, layout: Pick<LayoutReport, 'targetBytes' | 'indexBytes'>): string[] {
  const bytesPerUse = stats.totalUses > 0 ? layout.indexBytes / stats.totalUses : 0;
  const large = Math.max(layout.targetBytes, COMMON_WORD_MIN_BYTES);
  return [...stats.words]
    .filter(([, { pages, uses }]) => pages > stats.pages / 2 && uses * bytesPerUse > large)
    .sort((a, b) => b[1].pages - a[1].pages || (a[0] < b[0] ? -1 : 1))
    .map(([word]) => word);
}

/**
 * The stem Pagefind filed a word of the site's text under: the longest stem in its index that begins
 * the word (English stems do, apart from a final "y" written "i": "country", "countri"). Pagefind's
 * stemmer runs in its WebAssembly, so the stems are read from its index instead of computed again.
 */
export function stemOf(word: string, stems: ReadonlyMap<string, unknown>): string | undefined {
  for (let end = word.length; end > 0; end--) {
    const prefix = word.slice(0, end);
    if (stems.has(prefix)) return prefix;
    if (word[end - 1] === 'y' && stems.has(`${word.slice(0, end - 1)}i`)) return `${word.slice(0, end - 1)}i`;
  }
  return undefined;
}

/**
 * What looking a word up costs a reader, for the search box's byte budget: an ordinary word's chunk
 * (the chunk size, gzip), and the words whose chunk file is larger than `HEAVY_ENTRY_GZIP`, with that
 * file's size in KB, as the re-cut wrote it (a large entry packs less tightly than an ordinary chunk,
 * so its size is read, not estimated). Such a word is listed by its stem
 * and by every form of it in the site's text ("peacekeepers" and "peacekeeping" are one entry to
 * Pagefind, "peacekeep"), so the browser needs no stemmer to look a typed word up. A small site has
 * none; on a large one a question's cheapest words are searched first and the heaviest left out, so
 * that one search stays within its download budget (src/components/search/budget.ts).
 */
export function lookupCosts(stats: LanguageWords, layout: Pick<LayoutReport, 'targetBytes' | 'lookupBytes'>) {
  const chunkBytes = Math.round(layout.targetBytes * CHUNK_GZIP_RATIO);
  // Above twice an ordinary chunk: on a very large site every chunk would pass a fixed size.
  const heavyAbove = Math.max(HEAVY_ENTRY_GZIP, 2 * chunkBytes);
  const heavyKb = new Map<string, number>();
  for (const [stem, bytes] of layout.lookupBytes) if (bytes > heavyAbove) heavyKb.set(stem, Math.ceil(bytes / 1024));
  const heavy = new Map(heavyKb);
  if (heavyKb.size > 0) {
    for (const word of stats.words.keys()) {
      const stem = stemOf(word, layout.lookupBytes);
      if (stem !== undefined && heavyKb.has(stem)) heavy.set(word, heavyKb.get(stem)!);
    }
  }
  const sorted = [...heavy].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { chunkBytes, heavy: Object.fromEntries(sorted) };
}

/** An index entry above this size (gzip) costs more than an ordinary chunk at any size of the site. */
const HEAVY_ENTRY_GZIP = 16 * 1024;

/**
 * Below this size (encoded, about 1.5 KB gzip) a word's entry costs a reader too little to be worth
 * leaving out of queries, however small the chunks are.
 */
const COMMON_WORD_MIN_BYTES = 4_000;

/** Words worth suggesting: not numbers, at least three letters. */
const suggestable = (word: string) => word.length >= 3 && !/^\p{N}+$/u.test(word);

/**
 * A letter's vocabulary file above this size (gzip) is split by the next letter: "Did you mean" fetches
 * one file for a word that matches nothing, and no file should cost much more than an index chunk.
 */
const VOCABULARY_SPLIT_GZIP = 1024;

/**
 * The vocabulary in small files, most used words first, keyed as `vocabularyKey` (src/lib/vocabularyKey.ts)
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
 * Writes each language's common-word list and vocabulary into `pagefindDir`. Without a layout report for
 * a language (the re-cut was skipped), its common-word list is empty: every typed word is searched.
 */
export function writeSiteWordFiles(
  pagefindDir: string,
  words: Map<string, LanguageWords>,
  layouts: LayoutReport[] = [],
  { sections = false } = {},
) {
  const written = [];
  const siteDir = path.dirname(pagefindDir);
  for (const [lang, stats] of words) {
    // The synonyms and messages travel in the same file as the other word lists: search then needs
    // one request fewer. The endpoint's file stays where it is, so a built site can be indexed again.
    const dataPath = path.join(siteDir, searchDataFile(lang));
    const data = existsSync(dataPath) ? (JSON.parse(readFileSync(dataPath, 'utf8')) as SearchData) : undefined;
    const layout = layouts.find((report) => report.language === lang);
    const common = layout ? commonWords(stats, layout) : [];
    const { shards, split } = vocabularyShards(stats);
    for (const [key, list] of shards)
      writeFileSync(path.join(pagefindDir, vocabularyFile(lang, key)), JSON.stringify(list));
    const costs = layout ? lookupCosts(stats, layout) : { chunkBytes: 0, heavy: {} };
    const siteWords: SiteWords = {
      version: CONTRACT_VERSION,
      pages: stats.pages,
      common,
      vocabulary: [...shards.keys()].filter((key) => !key.includes('-')).sort(),
      vocabularySplit: split,
      synonyms: data?.synonyms ?? [],
      ...(data && { messages: data.messages }),
      ...costs,
      sections,
    };
    writeFileSync(path.join(pagefindDir, siteWordsFile(lang)), JSON.stringify(siteWords));
    written.push({
      lang,
      pages: stats.pages,
      common,
      vocabulary: [...shards.values()].reduce((n, list) => n + list.length, 0),
    });
  }
  return written;
}
