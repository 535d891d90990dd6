import { after, afterEach, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import {
  launchBrowser,
  openWatched,
  watchedContext,
  watchedPage,
  type Watched,
  type WatchedContext,
} from './browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';
import { DIST } from './site.ts';

export interface BuiltSite {
  /** http://127.0.0.1:<port> of the served `dist/`. */
  readonly origin: string;
  /**
   * A fresh, watched page on the site, as a first visit sees it (no stored data, nothing cached),
   * closed when the test that opened it ends.
   */
  session(options?: BrowserContextOptions): Promise<Page>;
  /** A fresh session, already at `path`. */
  open(path: string, options?: BrowserContextOptions): Promise<Page>;
  /**
   * A watched session kept open until the test file ends, for the tests of a sweep that share it: the
   * same one for the same options and name (a new context per page would cost more than the page).
   */
  sharedSession(options?: BrowserContextOptions, name?: string): Promise<Page>;
}

/** A page one test opened, and what it must answer for when the test ends. */
interface TestPage {
  page: Page;
  errors: string[];
  /** The context it was opened in, and how many requests that context had sent off the machine before. */
  pool: WatchedContext;
  externalBefore: number;
}

/**
 * Checks what a reader would never want from the site's pages: a request that left 127.0.0.1, a
 * console error or CSP violation, a cookie. Then closes their contexts.
 */
async function closeChecked(sessions: Watched[]) {
  const cookies = (await Promise.all(sessions.map(({ context }) => context.cookies()))).flat();
  await Promise.all(sessions.map(({ context }) => context.close()));
  for (const { external, errors } of sessions) {
    assert.deepEqual(external, [], 'requests left 127.0.0.1');
    assert.deepEqual(errors, [], 'console errors, page errors or CSP violations');
  }
  assert.deepEqual(cookies, [], 'no page sets a cookie');
}

/** The same checks for the pages of one test, which are closed; their contexts stay for the next test. */
async function closeCheckedPages(pages: TestPage[]) {
  const pools = [...new Set(pages.map(({ pool }) => pool))];
  const cookies = (await Promise.all(pools.map(({ context }) => context.cookies()))).flat();
  await Promise.all(pages.map(({ page }) => page.close()));
  await Promise.all(pools.map(({ context }) => context.clearCookies()));
  for (const { pool, externalBefore, errors } of pages) {
    assert.deepEqual(pool.external.slice(externalBefore), [], 'requests left 127.0.0.1');
    assert.deepEqual(errors, [], 'console errors, page errors or CSP violations');
  }
  assert.deepEqual(cookies, [], 'no page sets a cookie');
}

/**
 * Serves a built site (`dist/`, or `dir` under a `base` path) and a headless Chromium for one test file.
 * Every page it opens must stay on 127.0.0.1, log no console error or CSP violation, and set no cookie:
 * checked when the test that opened it ends (which then fails), or for shared sessions when the file
 * ends. A session is closed once checked: an open page keeps using the processor while later tests run.
 */
export function useBuiltSite(
  dir = DIST,
  {
    base = '/',
    prepare,
  }: {
    base?: string;
    /** Builds the site first, when the test file builds its own. */ prepare?: () => Promise<unknown>;
  } = {},
): BuiltSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  /** Pages of the test running now. */
  let opened: TestPage[] = [];
  const shared = new Map<string, Promise<Watched>>();
  /**
   * One context per set of options, kept for the file: each test's session is a new page in it, its
   * stored data and cache cleared first. A new context costs the browser about twice what a new page
   * does, and the browser tests open about a hundred sessions.
   */
  const pools = new Map<string, Promise<WatchedContext>>();

  // Started once, by whichever comes first: this hook or a test file's own hook asking for a page.
  let starting: Promise<void> | undefined;
  const start = () =>
    (starting ??= (async () => {
      await prepare?.();
      server = await serveStatic(dir, { base });
      browser = await launchBrowser();
    })());
  before(start);
  afterEach(async () => {
    const ending = opened;
    opened = [];
    await closeCheckedPages(ending);
  });
  after(async () => {
    try {
      await closeChecked(await Promise.all(shared.values()));
      await Promise.all([...pools.values()].map(async (pool) => (await pool).context.close()));
    } finally {
      await browser?.close();
      await server?.close();
    }
  });

  const watch = async (options: BrowserContextOptions) => {
    await start();
    return openWatched(browser!, options);
  };
  const site: BuiltSite = {
    get origin() {
      if (!server) throw new Error('the site is served only while tests run');
      return server.origin;
    },
    async session(options = {}) {
      await start();
      const key = JSON.stringify(options);
      if (!pools.has(key)) pools.set(key, watchedContext(browser!, options));
      const pool = await pools.get(key)!;
      const errors: string[] = [];
      const page = await watchedPage(pool.context, errors);
      opened.push({ page, errors, pool, externalBefore: pool.external.length });
      // As on a first visit: nothing stored by the site, nothing in the browser's cache.
      const cdp = await pool.context.newCDPSession(page);
      await cdp.send('Network.clearBrowserCache');
      await cdp.send('Storage.clearDataForOrigin', { origin: server!.origin, storageTypes: 'all' });
      await cdp.detach();
      return page;
    },
    async open(path, options = {}) {
      const page = await site.session(options); // starts the server, so origin is known below
      await page.goto(site.origin + path);
      return page;
    },
    async sharedSession(options = {}, name = '') {
      const key = `${name} ${JSON.stringify(options)}`;
      if (!shared.has(key)) shared.set(key, watch(options));
      return (await shared.get(key)!).page;
    },
  };
  return site;
}
