import { synonymIndex } from './query.ts';
import { vocabularyKey } from './vocabulary.ts';
import type { PagefindApi, PagefindResult } from './pagefind-api.ts';
import { cutPage } from './sections.ts';
import {
  CONTRACT_VERSION,
  outlineFile,
  sectionFile,
  siteWordsFile,
  vocabularyFile,
  type PageOutline,
  type SearchMessages,
  type SectionText,
  type SiteWords,
} from '../contract.ts';
import type { EngineData } from './engine.ts';

/**
 * Where search gets its files: the index folder (pagefind/ under the site's base path) and Pagefind's
 * browser API. The browser fetches them (./browser-source.ts); tests and the benchmark read a built
 * site's folder from disk, so the same loading and ranking code runs in Node.
 */
export interface SearchSource {
  /** The page's language: which index, word lists and section files to load. */
  lang: string;
  /** The site's base path, which Pagefind's page addresses lack. */
  base: string;
  /** A JSON file of the index folder, or undefined when it cannot be had. */
  json<T>(file: string): Promise<T | undefined>;
  /**
   * Pagefind's browser API, loaded and initialised for this index: a new instance at each call, with
   * no index chunks loaded yet (its files come from the browser's cache after the first).
   */
  pagefind(): Promise<PagefindApi>;
}

/** A result's page: its outline, and each section's title and text, loaded when the section is shown. */
export interface LoadedPage {
  outline: PageOutline;
  section: (index: number) => Promise<SectionText>;
}

/** What the search box needs to run queries, with the sentences of its status line. */
export type SearchData = EngineData & { messages: SearchMessages };

/** Word lists used when the site's file cannot be had: search still works, a little less cleverly. */
const NO_SITE_WORDS: SiteWords = {
  version: CONTRACT_VERSION,
  pages: 100,
  frequent: {},
  vocabulary: [],
  vocabularySplit: [],
  synonyms: [],
  sections: false,
};

/**
 * Everything search loads, each file once: Pagefind, the site's word lists, and for each result its
 * outline and the sections shown. A word list that cannot be fetched only makes search a little less
 * clever, never broken.
 */
export function createSearchLoader(source: SearchSource, suggestFrom: SuggestFrom) {
  const cache = new Map<string, Promise<unknown>>();
  const loadJson = <T>(file: string): Promise<T | undefined> => {
    if (!cache.has(file))
      cache.set(
        file,
        source.json<T>(file).catch(() => undefined),
      );
    return cache.get(file) as Promise<T | undefined>;
  };
  // Files from another build (another version of this contract) are not read: search still answers.
  const siteWords = () =>
    loadJson<SiteWords>(siteWordsFile(source.lang)).then((words) =>
      words?.version === CONTRACT_VERSION ? words : { ...NO_SITE_WORDS, messages: words?.messages },
    );

  /** The site's words filed with `word` (by its first letters), most used first: for "Did you mean". */
  async function vocabulary(word: string): Promise<string[]> {
    const { vocabulary: files, vocabularySplit } = await siteWords();
    const split = new Set(vocabularySplit);
    const key = vocabularyKey(word, split);
    const exists = files.includes(key) || split.has(key.split('-')[0]);
    return exists ? ((await loadJson<string[]>(vocabularyFile(source.lang, key))) ?? []) : [];
  }

  let data: Promise<SearchData> | undefined;
  /** The word lists the engine needs; fails when the status line's sentences cannot be had. */
  const engineData = () =>
    (data ??= siteWords().then(({ frequent, synonyms, pages, messages }) => {
      // Without its sentences, search could not say what it found: it says it is unavailable instead.
      if (!messages) throw new Error('search messages unavailable');
      return {
        frequent: new Map(Object.entries(frequent)),
        synonyms: synonymIndex(synonyms),
        pageCount: pages,
        suggest: async (word: string) => suggestFrom(word, await vocabulary(word)),
        outline: async (result: PagefindResult) => (await loadPage(result)).outline,
        messages,
      };
    }));

  /** A page address as Pagefind stores it, under the site's base path (as Pagefind's own results are). */
  const withBase = (url: string) => `${source.base}/${url}`.replace(/\/+/g, '/');

  /**
   * The page's whole text from Pagefind, cut into the same sections, when the section files are
   * missing. Its outline has no frequent words' positions (`frequent` is undefined): the engine then
   * says those words could not be used.
   */
  async function fromPagefind(result: PagefindResult): Promise<LoadedPage> {
    const { outline, sections } = cutPage(await result.data());
    return { outline, section: async (index) => sections[index] ?? { title: outline.title, text: '' } };
  }

  const pages = new Map<string, Promise<LoadedPage>>();
  /**
   * A result's page from the files the build cut it into (src/search/build/sections.ts): the outline
   * (with the frequent words' positions on the page, if the site has any), then only the sections shown. Each file is fetched once: a query typed letter by letter
   * shows many of the same sections again. Where the build could not write them (its word lists say
   * so), or one cannot be had, Pagefind's page file is cut instead.
   */
  function loadPage(result: PagefindResult): Promise<LoadedPage> {
    const load = async (): Promise<LoadedPage> => {
      const outline = (await siteWords()).sections ? await loadJson<PageOutline>(outlineFile(result.id)) : undefined;
      if (!outline) return fromPagefind(result);
      let whole: Promise<LoadedPage> | undefined;
      return {
        outline: { ...outline, url: withBase(outline.url), frequent: outline.frequent ?? {} },
        section: async (index) =>
          (await loadJson<SectionText>(sectionFile(result.id, index))) ??
          (await (whole ??= fromPagefind(result))).section(index),
      };
    };
    if (!pages.has(result.id)) pages.set(result.id, load());
    return pages.get(result.id)!;
  }

  // Each query gets a Pagefind of its own. Pagefind matches a word wherever a longer word begins with
  // it ("un" in "unarmed"), among the words of every index chunk it has loaded so far, so a Pagefind
  // shared by the queries of a visit would answer a question one way when it is asked first and
  // another way after other questions. The first is made when search opens (`openPagefind`), so the
  // first query does not wait for it.
  let next: Promise<PagefindApi> | undefined;
  const openPagefind = () => (next ??= source.pagefind());
  const queryPagefind = () => {
    const pagefind = openPagefind();
    next = undefined;
    return pagefind;
  };
  return { openPagefind, queryPagefind, engineData, loadPage };
}

/** "Did you mean": the closest of the site's words (most used first) to one that matches nothing. */
export type SuggestFrom = (word: string, vocabulary: readonly string[]) => Promise<string | undefined>;
