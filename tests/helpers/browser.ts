import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, with the background services off (they would reach the internet), and
 * no host but the test server's resolving: a request off the machine fails at once, in the browser.
 * `env` reaches the browser process: a test sets FONTCONFIG_FILE there to choose the system font.
 */
export function launchBrowser(env?: Record<string, string>): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    ...(env && { env: { ...process.env, ...env } }),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
}

/** A browser context whose requests are watched. */
export interface WatchedContext {
  context: BrowserContext;
  /** Requests to any host but the test server, recorded (the browser resolves no other host). */
  external: string[];
}

export interface Watched extends WatchedContext {
  page: Page;
  /** Console errors and uncaught page errors. */
  errors: string[];
}

/**
 * A fresh browser context whose every request is checked: anything not addressed to the test
 * server's host is recorded (and fails, see launchBrowser), so a test can assert that nothing left
 * 127.0.0.1. Requests are watched, not intercepted: intercepting sends each one through this process
 * and back, which cost the browser tests more processor time than many of their checks.
 */
export async function watchedContext(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const external: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1') external.push(url.href);
  });
  // Chromium logs CSP violations as console errors too; this names the directive plainly.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`),
    ),
  );
  return { context, external };
}

/** A new page in the context, whose console errors and uncaught errors are recorded in `errors`. */
export async function watchedPage(context: BrowserContext, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  // A test may open a missing page on purpose (to see the 404 page): Chromium logs that page's own
  // 404 as a console error, which is not one. A missing script, style or index file still counts.
  const missingPages = new Set<string>();
  page.on('response', (response) => {
    if (response.status() === 404 && response.request().isNavigationRequest()) missingPages.add(response.url());
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (missingPages.has(message.location().url) && /status of 404/.test(message.text())) return;
    errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return page;
}

/** A fresh watched context with its first page (see watchedContext and watchedPage). */
export async function openWatched(browser: Browser, options: BrowserContextOptions = {}): Promise<Watched> {
  const watched = await watchedContext(browser, options);
  const errors: string[] = [];
  return { ...watched, page: await watchedPage(watched.context, errors), errors };
}
