import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, openWatched, type Watched } from './browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';
import { DIST } from './site.ts';

export interface BuiltSite {
  /** http://127.0.0.1:<port> of the served `dist/`. */
  readonly origin: string;
  /** A fresh, watched browser context on the site. */
  session(options?: BrowserContextOptions): Promise<Page>;
  /** A fresh session, already at `path`. */
  open(path: string, options?: BrowserContextOptions): Promise<Page>;
}

/**
 * Serves a built site (`dist/`, or `dir` under a `base` path) and a headless Chromium for one test file. When the file ends, every page
 * it opened must have stayed on 127.0.0.1, logged no console error or CSP violation, and set no cookie.
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
  const sessions: Watched[] = [];

  // Started once, by whichever comes first: this hook or a test file's own hook asking for a page.
  let starting: Promise<void> | undefined;
  const start = () =>
    (starting ??= (async () => {
      await prepare?.();
      server = await serveStatic(dir, { base });
      browser = await launchBrowser();
    })());
  before(start);
  after(async () => {
    const cookies = (await Promise.all(sessions.map(({ context }) => context.cookies()))).flat();
    await browser?.close();
    await server?.close();
    for (const { external, errors } of sessions) {
      assert.deepEqual(external, [], 'requests left 127.0.0.1');
      assert.deepEqual(errors, [], 'console errors, page errors or CSP violations');
    }
    assert.deepEqual(cookies, [], 'no page sets a cookie');
  });

  const site: BuiltSite = {
    get origin() {
      if (!server) throw new Error('the site is served only while tests run');
      return server.origin;
    },
    async session(options = {}) {
      await start();
      const watched = await openWatched(browser!, options);
      sessions.push(watched);
      return watched.page;
    },
    async open(path, options = {}) {
      const page = await site.session(options); // starts the server, so origin is known below
      await page.goto(site.origin + path);
      return page;
    },
  };
  return site;
}
