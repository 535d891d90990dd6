import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createSearchLoader, type SearchSource } from '../../src/search/core/loader.ts';
import { pageDetails, runQuery, type Outcome, type PageDetails } from '../../src/search/core/engine.ts';
import { closestWord } from '../../src/search/core/spelling.ts';
import { PAGEFIND_RANKING } from '../../src/search/ranking.ts';
import { pagefindSession, servedBytes, type PagefindSession } from '../../src/search/build/node-pagefind.ts';
import { DIST } from './site.ts';

/**
 * The site's own search, run in Node on a built site's index folder: Pagefind's browser script and the
 * same loading and ranking code the search box runs, with the files read from disk instead of fetched
 * (src/search/build/node-pagefind.ts). Each file read is counted as the browser would download it
 * (gzip), so a test or the benchmark sees both what a question finds and what it costs.
 */
export interface NodeSearch {
  /** Runs a query as the search box does and returns what its first results show. */
  ask(query: string, options?: { results?: number; sections?: number }): Promise<PageDetails[]>;
  /** What the engine made of the last query asked (its terms, words it could not use…). */
  readonly outcome: Outcome | undefined;
  /** Bytes read so far (gzip, as downloaded), and the files, each counted once per session. */
  readonly bytes: number;
  readonly files: string[];
  /** Each file read, with its bytes as downloaded. */
  readonly reads: { file: string; bytes: number }[];
  /** Pagefind's own search in this session, as the engine uses it. */
  pagefind(): Promise<PagefindSession>;
}

/**
 * A fresh search session (an empty cache, as a reader opening search for the first time) on the index of
 * `lang` in the built site `dir`.
 */
export function nodeSearch(lang: string, dir = DIST): NodeSearch {
  const indexDir = path.join(dir, 'pagefind');
  const reads: { file: string; bytes: number }[] = [];
  const read = (file: string, bytes: number) => reads.push({ file, bytes });
  // Each query's Pagefind fetches its files again; the browser answers those from its cache.
  const fromPagefind = (file: string, bytes: number) => reads.some((each) => each.file === file) || read(file, bytes);
  let session: Promise<PagefindSession> | undefined;
  const pagefind = () =>
    (session ??= (async () => {
      // Opening search downloads Pagefind's script; here it is imported from disk.
      read('pagefind.js', servedBytes('pagefind.js', readFileSync(path.join(indexDir, 'pagefind.js'))));
      return pagefindSession(indexDir, lang, { ranking: PAGEFIND_RANKING, onRead: fromPagefind });
    })());
  // The first query uses the session's own Pagefind, each later one a new one (src/search/core/loader.ts).
  let opened = false;
  const source: SearchSource = {
    lang,
    base: '/',
    json: async (file) => {
      try {
        const body = readFileSync(path.join(indexDir, file));
        read(file, servedBytes(file, body));
        return JSON.parse(body.toString('utf8'));
      } catch {
        return undefined;
      }
    },
    pagefind: async () => {
      const first = await pagefind();
      if (opened) return first.another();
      opened = true;
      return first;
    },
  };
  const loader = createSearchLoader(source, async (word, vocabulary) => closestWord(word, vocabulary));
  let outcome: Outcome | undefined;
  return {
    async ask(query, { results = 3, sections = 3 } = {}) {
      const [api, data] = await Promise.all([loader.queryPagefind(), loader.engineData()]);
      outcome = await runQuery(api, query, data);
      const shown = outcome;
      return Promise.all(shown.hits.slice(0, results).map((hit) => pageDetails(hit, shown, sections, loader.loadPage)));
    },
    get outcome() {
      return outcome;
    },
    get bytes() {
      return reads.reduce((sum, { bytes }) => sum + bytes, 0);
    },
    get files() {
      return reads.map(({ file }) => file);
    },
    reads,
    pagefind,
  };
}
