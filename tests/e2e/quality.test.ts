import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/builtSite.ts';
import { pagesToSweep } from '../helpers/pages.ts';
import { axeViolations, COLOUR_RULES, withAxe } from '../helpers/axe.ts';

// Quality gates over the built site's pages, discovered from the sitemap: one page per template in each
// language (every article and special page), or every page in the full sweep (npm run test:full).
const pages = pagesToSweep();
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

// Every page opened below must stay on 127.0.0.1, log no error or CSP violation and set no cookie.
const site = useBuiltSite();
const session = site.session;

/** One session per screen size, with axe loaded, shared by the per-page tests below. */
const axeSessions = new Map<string, Promise<Page>>();
function axeSession(name: keyof typeof VIEWPORTS) {
  if (!axeSessions.has(name))
    axeSessions.set(
      name,
      session({ viewport: VIEWPORTS[name], colorScheme: 'light' }).then(async (page) => {
        await withAxe(page);
        return page;
      }),
    );
  return axeSessions.get(name)!;
}

/**
 * Every axe violation on a page at one screen size, in the light theme and then the dark one: the page
 * is checked, switched to dark and checked again for what colours decide (the rest is the same page).
 */
async function violationsAt(path: string, name: keyof typeof VIEWPORTS) {
  const page = await axeSession(name);
  await page.goto(site.origin + path);
  const found = await axeViolations(page, `${path} ${name} light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  found.push(...(await axeViolations(page, `${path} ${name} dark`, COLOUR_RULES)));
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

describe('accessibility: axe-core finds no WCAG 2.2 A/AA violation', () => {
  // A test per page; the two screen sizes run side by side, each waiting mostly on its own renderer.
  for (const path of pages)
    test(`${path}: light and dark themes, desktop and phone`, async () => {
      const [desktop, phone] = await Promise.all([violationsAt(path, 'desktop'), violationsAt(path, 'phone')]);
      assert.deepEqual([...desktop, ...phone], []);
    });
});

/** What the keyboard focus is on, whether its focus ring shows, and whether the sticky header hides it. */
function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const header = document.querySelector('.site-header')!;
    const headerBottom = header.getBoundingClientRect().bottom;
    const inHeader = header.contains(el);
    return {
      label: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
      isSkipLink: el.classList.contains('skip-link'),
      isSearch: el.matches('site-search a.search-button'),
      ringVisible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      // WCAG 2.4.11: a focused element must not be entirely hidden by author content (the header).
      hidden: !inHeader && rect.bottom <= headerBottom,
    };
  });
}

/** One browser session for every page of a group: a new context per page would cost more than the page. */
function sharedSession(options: Parameters<typeof session>[0] = {}) {
  let page: Promise<Page> | undefined;
  return () => (page ??= session(options));
}

describe('keyboard', () => {
  const keyboardSession = sharedSession();
  for (const path of pages) {
    test(`${path}: Tab reaches the skip link, then search; every focus is visible and not under the header`, async () => {
      const page = await keyboardSession();
      await page.goto(site.origin + path);
      await page.keyboard.press('Tab');
      assert.equal((await focusState(page))?.isSkipLink, true, 'first Tab: skip link');
      await page.keyboard.press('Tab');
      assert.equal((await focusState(page))?.isSearch, true, 'second Tab: search');
      const problems: string[] = [];
      for (let stop = 0; stop < 400; stop++) {
        await page.keyboard.press('Tab');
        const state = await focusState(page);
        // Focus left the document, or came round to the skip link again: every stop has been visited.
        if (!state || state.isSkipLink) break;
        if (!state.ringVisible) problems.push(`no visible focus ring on ${state.label}`);
        if (state.hidden) problems.push(`${state.label} is hidden under the sticky header`);
      }
      assert.deepEqual(problems, []);
    });
  }

  test('the skip link moves focus to the main content', async () => {
    const page = await session();
    await page.goto(`${site.origin}/articles/untso/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');
  });
});

describe('without JavaScript', () => {
  // Section links without JavaScript are followed, at every screen size, in section-links.test.ts.
  const noScriptSession = sharedSession({ javaScriptEnabled: false });
  for (const path of pages) {
    test(`${path} is readable without JavaScript: its h1 and main text show, and search is a link to the search page`, async () => {
      const page = await noScriptSession();
      await page.goto(site.origin + path);
      assert.equal(await page.locator('h1:visible').count(), 1, 'one visible h1');
      const text = await page.locator('main').innerText();
      assert.ok(text.length > 200, `main shows only ${text.length} characters`);
      const search = await page.locator('site-search a.search-button').getAttribute('href');
      assert.match(search ?? '', /\/search\/$/, 'the search entry falls back to the search page');
    });
  }
});

describe('odd search input is shown as text, never run', () => {
  const inputs = {
    'an image tag with an onerror handler': '<img src=x onerror=alert(1)>',
    'a script tag breaking out of an attribute': '"><script>alert(2)</script>',
    'a 2,000-character string': 'observer '.repeat(223).slice(0, 2000),
    emoji: '🕊️ peace 🇺🇳',
    'Arabic text': 'بعثة المراقبين العسكريين',
  };
  for (const [name, query] of Object.entries(inputs)) {
    test(`${name}, in the dialog and in /search/?q=`, async () => {
      const page = await session();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${site.origin}/articles/untso/`);
      await page.keyboard.press('Control+k');
      const input = page.locator('dialog.search-dialog input[type="search"]');
      await input.fill(query);
      const status = page.locator('dialog.search-dialog .search-status');
      await status.filter({ hasText: query.slice(0, 30) }).waitFor();
      assert.equal(await page.locator('dialog.search-dialog .search-status *').count(), 0, 'status holds text only');

      await page.goto(`${site.origin}/search/?q=${encodeURIComponent(query)}`);
      await page
        .locator('.search-page .search-status')
        .filter({ hasText: query.slice(0, 30) })
        .waitFor();
      assert.equal(await page.locator('.search-page img, .search-page script').count(), 0);
      // Still usable: an ordinary search after the odd one returns results.
      await page.locator('.search-page input[type="search"]').fill('armistice');
      await page.locator('.search-page .search-result').first().waitFor();
      assert.deepEqual(dialogs, [], 'nothing executed');
    });
  }
});
