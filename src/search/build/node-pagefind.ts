import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { PagefindApi } from '../core/pagefind-api.ts';

/**
 * Pagefind's own browser search (`pagefind/pagefind.js`, its public JavaScript API) run in Node on a
 * built index folder: the build asks it for every page and for what each word costs to look up, and
 * the tests and the benchmark ask it the reader questions. Pagefind fetches its files with the global
 * `fetch` and reads the page's language from `<html lang>`; both are stood in for here, for addresses
 * under `HOST` only, with each file read from disk and reported as the browser would download it.
 */
const HOST = 'http://pagefind.invalid';

/** Pagefind's index files are gzip already; anything else a static host sends gzip-compressed. */
export const servedBytes = (file: string, body: Buffer) =>
  /\.(pf_\w+|pagefind)$/.test(file) || body[0] === 0x1f ? body.length : gzipSync(body, { level: 9 }).length;

export interface ServeOptions {
  /** Called with each file Pagefind reads and its bytes as downloaded. */
  onRead?: (file: string, bytes: number) => void;
  /**
   * Files (by name and bytes) never answered: a lookup that needs one never finishes, which tells
   * whom it is needed by (./frequent.ts).
   */
  hold?: (file: string, bytes: number) => boolean;
}

interface Folder extends ServeOptions {
  dir: string;
  files: Map<string, Promise<Buffer>>;
}
const folders = new Map<string, Folder>();
let language = 'unknown';
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
    if (!folder.files.has(file)) folder.files.set(file, readFile(path.join(folder.dir, file)));
    let body: Buffer;
    try {
      body = await folder.files.get(file)!;
    } catch {
      return new Response('', { status: 404 });
    }
    const bytes = servedBytes(file, body);
    if (folder.hold?.(file, bytes)) return new Promise<Response>(() => {});
    folder.onRead?.(file, bytes);
    return new Response(new Uint8Array(body), { status: 200 });
  };
  // Pagefind picks the index of the page's language as an instance starts: `language` at that moment.
  (globalThis as { document?: unknown }).document ??= {
    currentScript: null,
    querySelector: (selector: string) =>
      selector === 'html' ? { getAttribute: (name: string) => (name === 'lang' ? language : null) } : null,
  };
}

/** What `pagefind.js` exports (its public API); `createInstance` since Pagefind 1.5. */
interface PagefindModule extends PagefindApi {
  createInstance?: (options: Record<string, unknown>) => PagefindApi & { destroy(): Promise<void> };
  destroy(): Promise<void>;
}

/** A Pagefind search on one index folder, as one reader's page would have it. */
export interface PagefindSession extends PagefindApi {
  /**
   * Another Pagefind on the same folder, with no index chunks loaded yet, as the search box makes one
   * for each query (src/search/core/loader.ts); its files are served, and counted, by this session.
   */
  another(): Promise<PagefindApi>;
  /** Ends the session; its files are no longer served. */
  close(): Promise<void>;
}

const modules = new Map<string, Promise<PagefindModule>>();
let sessions = 0;
let instances = 0;

/**
 * A fresh session (nothing loaded yet, as a reader opening search for the first time) of Pagefind's
 * search on the index folder `indexDir`, for `lang`'s index.
 */
export async function pagefindSession(
  indexDir: string,
  lang: string,
  { ranking, baseUrl = '/', ...serve }: ServeOptions & { ranking?: Record<string, unknown>; baseUrl?: string } = {},
): Promise<PagefindSession> {
  shimBrowserGlobals();
  const key = `s${++sessions}`;
  folders.set(key, { dir: indexDir, files: new Map(), ...serve });
  const script = pathToFileURL(path.join(indexDir, 'pagefind.js')).href;
  const options = { basePath: `${HOST}/${key}/`, baseUrl, noWorker: true, ...(ranking ? { ranking } : {}) };
  // One module per language: its instances share the first WebAssembly they load, and each language
  // has its own (with its own stemmer).
  const module = `${script}?lang=${encodeURIComponent(lang)}`;
  if (!modules.has(module)) modules.set(module, import(module) as Promise<PagefindModule>);
  const shared = await modules.get(module)!;
  const instance = async () => {
    let api: PagefindApi & { destroy(): Promise<void> };
    if (shared.createInstance) {
      language = lang;
      api = shared.createInstance(options);
      await api.init();
    } else {
      // A Pagefind without instances: a module of its own per instance.
      api = (await import(`${script}?session=${key}-${++instances}`)) as PagefindModule;
      await api.options(options);
      language = lang;
      await api.init();
    }
    return api;
  };
  const made = [await instance()];
  const [api] = made;
  return {
    options: (more) => api.options(more),
    init: () => api.init(),
    search: (term, more) => api.search(term, more),
    preload: (term, more) => api.preload(term, more),
    another: async () => {
      const more = await instance();
      made.push(more);
      return more;
    },
    close: async () => {
      await Promise.all(made.map((each) => each.destroy()));
      folders.delete(key);
    },
  };
}
