import path from 'node:path';
import { pagefindSession, type PagefindSession } from '../../src/search/build/node-pagefind.ts';
import type { IndexedPage, PagefindResult } from '../../src/search/core/pagefind-api.ts';
import { DIST } from './site.ts';

/** Each language's index of the built site, as Pagefind's own browser search sees it (in Node). */
export const LANGUAGES = ['en', 'ar'] as const;

const sessions = new Map<string, Promise<PagefindSession>>();
/** Pagefind's own search of `lang`'s index in the built site `dir`, with the site's ranking. */
export const pagefindOf = (lang: string, dir = DIST) => {
  const key = `${dir}\n${lang}`;
  if (!sessions.has(key)) sessions.set(key, pagefindSession(path.join(dir, 'pagefind'), lang));
  return sessions.get(key)!;
};

export interface IndexedPageOf {
  id: string;
  page: IndexedPage & {
    weighted_locations?: { weight: number; location: number }[];
    sub_results?: { url: string; anchor?: { id: string; location: number }; locations: number[] }[];
  };
  /** The bytes (gzip) of the page's text as Pagefind downloads it for `data()`. */
  bytes: number;
}

/** Every page of `lang`'s index, with what `data()` gives for it (Pagefind's public API). */
export async function indexedPages(lang: string, dir = DIST): Promise<IndexedPageOf[]> {
  let bytes = 0;
  const session = await pagefindSession(path.join(dir, 'pagefind'), lang, {
    onRead: (file, size) => void (file.startsWith('fragment/') && (bytes = size)),
  });
  const pages: IndexedPageOf[] = [];
  for (const result of (await session.search(null))?.results ?? []) {
    const page = (await result.data()) as IndexedPageOf['page'];
    pages.push({ id: result.id, page, bytes });
  }
  await session.close();
  return pages;
}

/** What Pagefind's search finds for `term`, with each result's page data. */
export async function pagefindResults(lang: string, term: string, dir = DIST) {
  const found = (await (await pagefindOf(lang, dir)).search(term))?.results ?? [];
  return Promise.all(
    found.map(async (result: PagefindResult) => ({
      ...result,
      page: (await result.data()) as IndexedPageOf['page'],
    })),
  );
}
