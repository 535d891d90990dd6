// Linked by hand when search opens: a plain CSS import would be put on every page by Astro.
import searchStylesUrl from './search.css?url';
import { synonymIndex } from './query.ts';
import type { PagefindApi } from './pagefind-api.ts';

/**
 * Everything search loads when it first opens, each once: Pagefind, the site's word lists and the
 * result styles. All of it comes from the same folder as the index (pagefind/ under the site's base
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
    await api.options({ excerptLength: 24, noWorker: true, baseUrl: BASE, ranking: RANKING });
    await api.init();
    return api;
  });
  return pagefind;
}

const cache = new Map<string, Promise<unknown>>();
/** A JSON file (from the index folder unless the path is absolute), or `fallback` when it cannot be had. */
function loadJson<T>(file: string, fallback: T): Promise<T> {
  if (!cache.has(file)) {
    cache.set(
      file,
      fetch(file.startsWith('/') ? file : inIndexFolder(file))
        .then((response) => (response.ok ? (response.json() as Promise<T>) : fallback))
        .catch((error: unknown) => {
          console.warn(`Search: ${file} unavailable`, error);
          return fallback;
        }),
    );
  }
  return cache.get(file) as Promise<T>;
}

const lang = () => document.documentElement.lang || 'en';

/** Words on most pages that cost more than they tell apart (src/integrations/pagefind/site-words.ts). */
export const loadCommonWords = () => loadJson<string[]>(`common-words.${lang()}.json`, []).then((words) => new Set(words));

/** The site's words beginning with the first letter of `word`, most used first: for "Did you mean". */
export const loadVocabulary = (word: string) =>
  loadJson<string[]>(`words.${lang()}.${word.codePointAt(0)!.toString(16)}.json`, []);

/** Reviewed synonym groups and glossary names (src/pages/search-synonyms.[lang].json.ts). */
export const loadSynonyms = () =>
  loadJson<string[][]>(`${BASE}search-synonyms.${lang()}.json`, []).then((groups) => synonymIndex(groups));

/** How many pages the index holds, for weighing rare words above common ones. */
export const loadPageCount = () =>
  loadJson<{ languages?: Record<string, { page_count?: number }> }>('pagefind-entry.json', {}).then(
    (entry) => entry.languages?.[lang()]?.page_count ?? 100,
  );

let styles: Promise<void> | undefined;
/** Links the result styles once; resolves when they apply (or fail), so results never show unstyled. */
export function loadSearchStyles(): Promise<void> {
  styles ??= new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: searchStylesUrl });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  });
  return styles;
}
