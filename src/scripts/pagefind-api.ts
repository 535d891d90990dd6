/** The parts of Pagefind's browser API (/pagefind/pagefind.js) that the search UI uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string; element: string };
  /** Where the query matched in this section, with a score per match. */
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<PagefindApi> | undefined;

/** Loads Pagefind once. The path is a variable so Vite leaves it to the browser at run time. */
export function loadPagefind(): Promise<PagefindApi> {
  const url = '/pagefind/pagefind.js';
  loading ??= (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (pagefind) => {
    // No worker: it would cost another 12 KB (gzip) download, and searching this index on the main
    // thread takes a few milliseconds.
    await pagefind.options({ excerptLength: 20, noWorker: true });
    await pagefind.init();
    return pagefind;
  });
  return loading;
}
