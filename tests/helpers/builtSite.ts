import { after, afterEach, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, openWatched, type Watched } from './browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';
import { DIST } from './site.ts';

export interface BuiltSite {
  /** http://127.0.0.1:<port> of the served `dist/`. */
  readonly origin: string;
  /** A fresh, watched browser context on the site, closed when the test that opened it ends. */
  session(options?: BrowserContextOptions): Promise<Page>;
  /** A fresh session, already at `path`. */
  open(path: string, options?: BrowserContextOptions): Promise<Page>;
  /**
   * A watched session kept open until the test file ends, for the tests of a sweep that share it: the
   * same one for the same options and name (a new context per page would cost more than the page).
   */
  sharedSession(options?: BrowserContextOptions, name?: string): Promise<Page>;
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
  /** Sessions of the test running now. */
  let opened: Watched[] = [];
  const shared = new Map<string, Promise<Watched>>();

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
    await closeChecked(ending);
  });
  after(async () => {
    try {
      await closeChecked(await Promise.all(shared.values()));
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
      const watched = await watch(options);
      opened.push(watched);
      return watched.page;
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
