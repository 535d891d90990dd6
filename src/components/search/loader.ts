import { synonymIndex } from './query.ts';
import { vocabularyKey } from '../../lib/vocabularyKey.ts';
import type { PagefindApi } from './pagefind-api.ts';
import type { SiteWords } from '../../integrations/pagefind/site-words.ts';

/**
 * Everything search loads when it first opens, each once: Pagefind and the site's word lists. All of
 * it comes from the same folder as the index (pagefind/ under the site's base
 * path), and a word list that cannot be fetched only makes search a little less clever, never broken.
 */
const BASE = import.meta.env.BASE_URL;
const inIndexFolder = (file: string) => `${BASE}pagefind/${file}`;

/**
 * Pagefind's BM25 normalises for page length (0.75 by default), which puts a short mission page that
 * names a word once above the article that explains it. Less of that suits a site of long articles.
 */
const RANKING = { pageLength: 0.4 };

let pagefind: Promise<PagefindApi> | undefined;
/** Loads Pagefind once. The path is a variable so Vite leaves it to the browser at run time. */
export function loadPagefind(): Promise<PagefindApi> {
  const url = inIndexFolder('pagefind.js');
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (api) => {
    // No worker: it would cost another 12 KB (gzip) download, and searching this index on the main
    // thread takes a few milliseconds. Result addresses get the site's base path.
    await api.options({ noWorker: true, baseUrl: BASE, ranking: RANKING });
    await api.init();
    return api;
  });
  return pagefind;
}

const cache = new Map<string, Promise<unknown>>();
/** A JSON file from the index folder, or `fallback` when it cannot be had. */
function loadJson<T>(file: string, fallback: T): Promise<T> {
  if (!cache.has(file)) {
    cache.set(
      file,
      fetch(inIndexFolder(file))
        .then((response) => (response.ok ? (response.json() as Promise<T>) : fallback))
        .catch(() => fallback),
    );
  }
  return cache.get(file) as Promise<T>;
}

const lang = () => document.documentElement.lang || 'en';

/**
 * The site's word lists (src/integrations/pagefind/site-words.ts): its page count, the common words,
 * left out of queries, which vocabulary files exist, the synonym groups and what lookups cost.
 */
const loadSiteWords = () =>
  loadJson<SiteWords>(`site-words.${lang()}.json`, {
    pages: 100,
    common: [],
    vocabulary: [],
    vocabularySplit: [],
    synonyms: [],
    chunkBytes: 0,
    heavy: {},
  });
export const loadCommonWords = () => loadSiteWords().then(({ common }) => new Set(common));

/** The site's words filed with `word` (by its first letters), most used first: for "Did you mean". */
export async function loadVocabulary(word: string): Promise<string[]> {
  const { vocabulary, vocabularySplit } = await loadSiteWords();
  const split = new Set(vocabularySplit);
  const key = vocabularyKey(word, split);
  const exists = vocabulary.includes(key) || split.has(key.split('-')[0]);
  return exists ? loadJson<string[]>(`words.${lang()}.${key}.json`, []) : [];
}

/** The status line's sentences in the page's language, or nothing when the word lists could not be had. */
export const loadMessages = () => loadSiteWords().then(({ messages }) => messages);

/** Reviewed synonym groups and glossary names (src/pages/search-data.[lang].json.ts). */
export const loadSynonyms = () => loadSiteWords().then(({ synonyms }) => synonymIndex(synonyms));

/** What looking a word up downloads (src/integrations/pagefind/site-words.ts), for the byte budget of a query. */
export const loadLookupCosts = () =>
  loadSiteWords().then(({ chunkBytes, heavy }) => ({
    chunkBytes,
    heavy: new Map(Object.entries(heavy).map(([root, kb]) => [root, kb * 1024])),
  }));

/** How many pages the index holds, for weighing rare words above common ones. */
export const loadPageCount = () => loadSiteWords().then(({ pages }) => pages);
