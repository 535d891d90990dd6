import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CDPSession, Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/builtSite.ts';
import { pagesToSweep } from '../helpers/pages.ts';

// A keyboard reader's walk through each page swept (one per template in each language, every article
// and special page; every page in the full sweep): every stop reached by Tab, from first to last.
const pages = pagesToSweep();

// Every page opened below must stay on 127.0.0.1, log no error or CSP violation and set no cookie.
const site = useBuiltSite();

/** Where one Tab left the focus, as a reader would see it; null when it left the page. */
interface FocusStop {
  label: string;
  isSkipLink: boolean;
  isSearch: boolean;
  ringVisible: boolean;
  /** Entirely hidden under the sticky header (WCAG 2.4.11). */
  hidden: boolean;
}

/**
 * Keeps, in the page, a record of where each key press leaves the focus. It is read as the key is
 * released: by then the browser has moved the focus and scrolled it into view, and the reader sees it.
 */
const recordFocusStops = (page: Page) =>
  page.evaluate(() => {
    const stops: (FocusStop | null)[] = [];
    (window as unknown as { focusStops: typeof stops }).focusStops = stops;
    addEventListener(
      'keyup',
      () => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return void stops.push(null);
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        const header = document.querySelector('.site-header')!;
        stops.push({
          label: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
          isSkipLink: el.classList.contains('skip-link'),
          isSearch: el.matches('site-search a.search-button'),
          ringVisible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          hidden: !header.contains(el) && rect.bottom <= header.getBoundingClientRect().bottom,
        });
      },
      { capture: true },
    );
  });

const focusStops = (page: Page) =>
  page.evaluate(() => (window as unknown as { focusStops: (FocusStop | null)[] }).focusStops);

/**
 * Presses Tab `times` times, as a keyboard does: each press and release in order. The presses are sent
 * together rather than one answer at a time; the browser still takes them one after another.
 */
async function pressTab(cdp: CDPSession, times: number) {
  const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 };
  const sent: Promise<unknown>[] = [];
  for (let i = 0; i < times; i++)
    sent.push(
      cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }),
      cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }),
    );
  await Promise.all(sent);
}

/** One session for every page, and its DevTools connection to send keys through. */
let keyboardPage: Promise<{ page: Page; cdp: CDPSession }> | undefined;
const keyboardSession = () =>
  (keyboardPage ??= site
    .sharedSession()
    .then(async (page) => ({ page, cdp: await page.context().newCDPSession(page) })));

/** The most stops followed on one page: more than any page has. */
const MAX_STOPS = 400;
/** Presses sent at once; the walk goes on in such batches until it has come round. */
const BATCH = 50;

for (const path of pages) {
  test(`${path}: Tab reaches the skip link, then search; every focus is visible and not under the header`, async () => {
    const { page, cdp } = await keyboardSession();
    await page.goto(site.origin + path);
    await recordFocusStops(page);
    await pressTab(cdp, 2);
    const [first, second] = await focusStops(page);
    assert.equal(first?.isSkipLink, true, `first Tab: skip link, not ${first?.label ?? 'outside the page'}`);
    assert.equal(second?.isSearch, true, `second Tab: search, not ${second?.label ?? 'outside the page'}`);
    // Every stop after those two, until focus leaves the document or comes round to the skip link again.
    let walk: (FocusStop | null)[] = [];
    let end = -1;
    while (end < 0 && walk.length < MAX_STOPS) {
      await pressTab(cdp, BATCH);
      walk = (await focusStops(page)).slice(2);
      end = walk.findIndex((stop) => !stop || stop.isSkipLink);
    }
    const problems: string[] = [];
    for (const stop of walk.slice(0, end < 0 ? MAX_STOPS : end)) {
      if (!stop!.ringVisible) problems.push(`no visible focus ring on ${stop!.label}`);
      if (stop!.hidden) problems.push(`${stop!.label} is hidden under the sticky header`);
    }
    assert.deepEqual(problems, []);
  });
}

test('the skip link moves focus to the main content', async () => {
  const page = await site.session();
  await page.goto(`${site.origin}/articles/untso/`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');
});
