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
const PAGE_LOADED = String(Date.now());

/** What `pagefind.js` exports: its browser API, and since Pagefind 1.5 separate instances of it. */
interface PagefindModule extends PagefindApi {
  createInstance?: (options: Record<string, unknown>) => PagefindApi;
}
let shared: Promise<void> | undefined;
const inIndexFolder = (file: string) => `${BASE}pagefind/${file}`;

const browserSource: SearchSource = {
  lang: document.documentElement.lang || 'en',
  base: BASE,
  json: (file) => fetch(inIndexFolder(file)).then((response) => (response.ok ? response.json() : undefined)),
  pagefind: async () => {
    // The path is a variable so Vite leaves it to the browser at run time.
    const module = (await import(/* @vite-ignore */ inIndexFolder('pagefind.js'))) as PagefindModule;
    // No worker: it would cost another 12 KB (gzip) download, and searching this index on the main
    // thread takes a few milliseconds. Result addresses get the site's base path. Every instance of
    // this page asks for the index's entry file at the same address, so after the first it comes from
    // the browser's cache, and a page loaded after a new build still asks for the new one.
    const options = { noWorker: true, baseUrl: BASE, ranking: PAGEFIND_RANKING, metaCacheTag: PAGE_LOADED };
    if (module.createInstance) {
      const instance = module.createInstance(options);
      await instance.init();
      return instance;
    }
    // A Pagefind without instances (before 1.5) has one for the page: queries share it.
    await (shared ??= module.options(options).then(() => module.init()));
    return module;
  },
};

export const searchLoader = createSearchLoader(browserSource, async (word, vocabulary) => {
  const { closestWord } = (await import(/* @vite-ignore */ spellingUrl)) as typeof import('../core/spelling.ts');
  return closestWord(word, vocabulary);
});
