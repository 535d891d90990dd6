import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createSearchLoader, RANKING, type SearchSource } from '../../src/search/core/loader.ts';
import { pageDetails, runQuery, type PageDetails } from '../../src/search/core/engine.ts';
import { closestWord } from '../../src/search/core/spelling.ts';
import type { PagefindApi } from '../../src/search/core/pagefind-api.ts';
import { DIST } from './site.ts';

/**
 * The site's own search, run in Node on a built site's index folder: Pagefind's browser script and the
 * same loading and ranking code the search box runs, with the files read from disk instead of fetched.
 * Each file read is counted as the browser would download it (gzip), so a test or the benchmark sees
 * both what a question finds and what it costs.
 */

/** Pagefind's files are gzip already; anything else a static host sends gzip-compressed. */
const servedBytes = (file: string, body: Buffer) =>
  /\.(pf_\w+|pagefind)$/.test(file) || body[0] === 0x1f ? body.length : gzipSync(body, { level: 9 }).length;

/** Addresses under this host are read from disk: Pagefind fetches its index with the global `fetch`. */
const HOST = 'http://index.invalid';
const folders = new Map<string, { dir: string; onRead: (file: string, bytes: number) => void }>();
let shimmed = false;
function shimBrowserGlobals() {
  if (shimmed) return;
  shimmed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== HOST) return realFetch(input, init);
    const [, key, ...rest] = decodeURIComponent(url.pathname).split('/');
    const folder = folders.get(key);
    const file = rest.join('/');
    if (!folder) return new Response('', { status: 404 });
    try {
      const body = await readFile(path.join(folder.dir, file));
      folder.onRead(file, servedBytes(file, body));
      return new Response(body, { status: 200 });
    } catch {
      return new Response('', { status: 404 });
    }
  };
}

/** Pagefind reads the page's language from `<html lang>` when it starts: set while one starts. */
let startingLang = 'en';
let starting: Promise<unknown> = Promise.resolve();
function setDocumentLang(lang: string) {
  startingLang = lang;
  (globalThis as { document?: unknown }).document ??= {
    currentScript: null,
    querySelector: (selector: string) =>
      selector === 'html' ? { getAttribute: (name: string) => (name === 'lang' ? startingLang : null) } : null,
  };
}

export interface NodeSearch {
  /** Runs a query as the search box does and returns what its first results show. */
  ask(query: string, options?: { results?: number; sections?: number }): Promise<PageDetails[]>;
  /** Bytes read so far (gzip, as downloaded), and the files, each counted once per session. */
  readonly bytes: number;
  readonly files: string[];
  /** Each file read, with its bytes as downloaded. */
  readonly reads: { file: string; bytes: number }[];
}

let sessions = 0;
/**
 * A fresh search session (an empty cache, as a reader opening search for the first time) on the index of
 * `lang` in the built site `dir`.
 */
export function nodeSearch(lang: string, dir = DIST): NodeSearch {
  shimBrowserGlobals();
  const key = `s${++sessions}`;
  const indexDir = path.join(dir, 'pagefind');
  const reads: { file: string; bytes: number }[] = [];
  const read = (file: string, size: number) => reads.push({ file, bytes: size });
  folders.set(key, { dir: indexDir, onRead: read });
  const script = path.join(indexDir, 'pagefind.js');
  const source: SearchSource = {
    lang,
    base: '/',
    json: async (file) => {
      const response = await fetch(`${HOST}/${key}/${file}`);
      return response.ok ? response.json() : undefined;
    },
    pagefind: async () => {
      // Opening search downloads Pagefind's script; here it is imported from disk, once per session.
      read('pagefind.js', servedBytes('pagefind.js', readFileSync(script)));
      const load = starting.then(async () => {
        setDocumentLang(lang);
        const api = (await import(`${pathToFileURL(script).href}?session=${key}`)) as PagefindApi;
        await api.options({ basePath: `${HOST}/${key}/`, baseUrl: '/', noWorker: true, ranking: RANKING });
        await api.init();
        return api;
      });
      starting = load.catch(() => undefined);
      return load;
    },
  };
  const loader = createSearchLoader(source, async (word, vocabulary) => closestWord(word, vocabulary));
  return {
    async ask(query, { results = 3, sections = 3 } = {}) {
      const [pagefind, data] = await Promise.all([loader.pagefind(), loader.engineData()]);
      const outcome = await runQuery(pagefind, query, data);
      return Promise.all(
        outcome.hits.slice(0, results).map((hit) => pageDetails(hit, outcome, sections, loader.loadPage)),
      );
    },
    get bytes() {
      return reads.reduce((sum, { bytes }) => sum + bytes, 0);
    },
    get files() {
      return reads.map(({ file }) => file);
    },
    reads,
  };
}
