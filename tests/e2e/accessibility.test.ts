import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/builtSite.ts';
import { FULL_SWEEP, pagesToSweep } from '../helpers/pages.ts';
import { axeViolations, COLOUR_RULES, withAxe } from '../helpers/axe.ts';

// axe-core over the built site's pages, discovered from the sitemap: one page per template in each
// language (every article and special page), or every page in the full sweep (npm run test:full). The
// keyboard walk and the pages without JavaScript have files of their own, so they run alongside.
const pages = pagesToSweep();
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

// Every page opened below must stay on 127.0.0.1, log no error or CSP violation and set no cookie.
const site = useBuiltSite();

/** One session per screen size, with axe loaded, shared by the per-page tests below. */
const axeSessions = new Map<string, Promise<Page>>();
function axeSession(name: keyof typeof VIEWPORTS) {
  if (!axeSessions.has(name))
    axeSessions.set(
      name,
      site.sharedSession({ viewport: VIEWPORTS[name], colorScheme: 'light' }).then(async (page) => {
        await withAxe(page);
        return page;
      }),
    );
  return axeSessions.get(name)!;
}

/**
 * The sizes whose dark theme is checked too: the phone's in the everyday loop, both in the full sweep.
 * A theme sets colours only, the same at every width, so the phone (where most readers are) checks the
 * dark colours of the page, and the light run at both sizes checks what a layout changes.
 */
const DARK_AT: (keyof typeof VIEWPORTS)[] = FULL_SWEEP ? ['desktop', 'phone'] : ['phone'];

/**
 * Every axe violation on a page at one screen size, in the light theme and then, where checked, the
 * dark one: the page is checked, switched to dark and checked again for what colours decide (the rest
 * is the same page).
 */
async function violationsAt(path: string, name: keyof typeof VIEWPORTS) {
  const page = await axeSession(name);
  await page.goto(site.origin + path);
  const found = await axeViolations(page, `${path} ${name} light`);
  if (!DARK_AT.includes(name)) return found;
  await page.emulateMedia({ colorScheme: 'dark' });
  found.push(...(await axeViolations(page, `${path} ${name} dark`, COLOUR_RULES)));
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

describe('accessibility: axe-core finds no WCAG 2.2 A/AA violation', () => {
  // A test per page; the two screen sizes run side by side, each waiting mostly on its own renderer.
  for (const path of pages)
    test(`${path}: light theme at desktop and phone sizes, dark at ${DARK_AT.join(' and ')}`, async () => {
      const [desktop, phone] = await Promise.all([violationsAt(path, 'desktop'), violationsAt(path, 'phone')]);
      assert.deepEqual([...desktop, ...phone], []);
    });
});
