/** The parts of Pagefind's browser API (pagefind/pagefind.js) that the search code uses. */
export interface PagefindLocation {
  weight: number;
  balanced_score: number;
  location: number;
}
export interface PagefindSubResult {
  title: string;
  url: string;
  anchor?: { id: string; element: string; location: number };
  locations: number[];
  weighted_locations: PagefindLocation[];
}
export interface PagefindResultData {
  url: string;
  meta: Record<string, string>;
  /** The page's indexed text with `<` and `>` escaped; word positions count words of it. */
  raw_content: string;
  anchors: { id: string; element: string; location: number }[];
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  /** Where on the page the query's word matched: word positions, as in `raw_content`. */
  words: number[];
  data: () => Promise<PagefindResultData>;
}
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    term: string,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] } | null>;
}

/** How Pagefind cuts a page's text into the words its positions count. */
export const contentWords = (rawContent: string) => rawContent.split(/[^\S\uFEFF]+/);
