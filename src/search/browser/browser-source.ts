import type { PagefindApi } from '../core/pagefind-api.ts';
import { createSearchLoader, type SearchSource } from '../core/loader.ts';
import { PAGEFIND_RANKING } from '../ranking.ts';
// Loaded only for a word that matches nothing (see src/integrations/lazy-module-url.ts).
import spellingUrl from 'lazy-url:../core/spelling.ts';

/**
 * Search in the browser: the index folder fetched from the site (pagefind/ under its base path),
 * Pagefind's script imported from there, the page's language from `<html lang>`.
 */
const BASE = import.meta.env.BASE_URL;
const inIndexFolder = (file: string) => `${BASE}pagefind/${file}`;

const browserSource: SearchSource = {
  lang: document.documentElement.lang || 'en',
  base: BASE,
  json: (file) => fetch(inIndexFolder(file)).then((response) => (response.ok ? response.json() : undefined)),
  // The path is a variable so Vite leaves it to the browser at run time.
  pagefind: () =>
    (import(/* @vite-ignore */ inIndexFolder('pagefind.js')) as Promise<PagefindApi>).then(async (api) => {
      // No worker: it would cost another 12 KB (gzip) download, and searching this index on the main
      // thread takes a few milliseconds. Result addresses get the site's base path.
      await api.options({ noWorker: true, baseUrl: BASE, ranking: PAGEFIND_RANKING });
      await api.init();
      return api;
    }),
};

export const searchLoader = createSearchLoader(browserSource, async (word, vocabulary) => {
  const { closestWord } = (await import(/* @vite-ignore */ spellingUrl)) as typeof import('../core/spelling.ts');
  return closestWord(word, vocabulary);
});
