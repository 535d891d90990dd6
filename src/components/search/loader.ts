import { synonymIndex } from './query.ts';
import { vocabularyKey } from '../../lib/vocabularyKey.ts';
import type { PagefindApi, PagefindResult } from './pagefind-api.ts';
import { cutPage, outlineFile, sectionFile, type PageOutline, type SectionText } from '../../lib/pageSections.ts';
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
    sections: false,
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

/** A result's page: its outline, and each section's title and text, loaded when the section is shown. */
export interface LoadedPage {
  outline: PageOutline;
  section: (index: number) => Promise<SectionText>;
}

/** A page address as Pagefind stores it, under the site's base path (as Pagefind's own results are). */
const withBase = (url: string) => `${BASE}/${url}`.replace(/\/+/g, '/');

/** The page's whole text from Pagefind, cut into the same sections, when the section files are missing. */
async function fromPagefind(result: PagefindResult): Promise<LoadedPage> {
  const { outline, sections } = cutPage(await result.data());
  return { outline, section: async (index) => sections[index] ?? { title: outline.title, text: '' } };
}

const pages = new Map<string, Promise<LoadedPage>>();
/**
 * A result's page from the files the build cut it into (src/integrations/pagefind/sections.ts): the
 * outline, then only the sections shown. Each file is fetched once: a query typed letter by letter
 * shows many of the same sections again. Where the build could not write them (its word lists say
 * so), or one cannot be had, Pagefind's page file is cut instead.
 */
export function loadPage(result: PagefindResult): Promise<LoadedPage> {
  const load = async (): Promise<LoadedPage> => {
    const outline = (await loadSiteWords()).sections
      ? await loadJson<PageOutline | undefined>(outlineFile(result.id), undefined)
      : undefined;
    if (!outline) return fromPagefind(result);
    let whole: Promise<LoadedPage> | undefined;
    return {
      outline: { ...outline, url: withBase(outline.url) },
      section: async (index) =>
        (await loadJson<SectionText | undefined>(sectionFile(result.id, index), undefined)) ??
        (await (whole ??= fromPagefind(result))).section(index),
    };
  };
  if (!pages.has(result.id)) pages.set(result.id, load());
  return pages.get(result.id)!;
}
