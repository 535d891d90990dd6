/** What a result's `data()` gives: the page's indexed text, its metadata and its headings. */
export interface IndexedPage {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors: readonly { element: string; id: string; text?: string; title?: string; location: number }[];
}

/** The parts of Pagefind's browser API (pagefind/pagefind.js) that the search code uses. */
export interface PagefindResult {
  /** The page's id in the index, which also names its files. */
  id: string;
  score: number;
  /** Where on the page the query's word matched: word positions in the page's text. */
  words: number[];
  /** The page's whole indexed text and headings (its address with the site's base path). */
  data: () => Promise<IndexedPage>;
}
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  /** Searches for `term`; `null` lists every page of the index (with `filters`, those they keep). */
  search: (
    term: string | null,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] } | null>;
  /** Loads the index chunks a search for `term` needs, without searching. */
  preload: (term: string, options?: { filters?: Record<string, string> }) => Promise<unknown>;
}
