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
 * Which themes' colours are checked at each size. A theme sets colours only, the same at every width,
 * and the rest of a check (names, roles, order, target sizes) is the theme's own at each size: so the
 * everyday loop checks everything at each size in one theme, and colours once in each theme, the light
 * ones at the phone size (where most readers are) and the dark ones at the desktop size. The full sweep
 * checks both themes' colours at both sizes. (The colour rules take most of axe's time on a page.)
 */
const COLOURS_AT: Record<keyof typeof VIEWPORTS, ('light' | 'dark')[]> = FULL_SWEEP
  ? { desktop: ['light', 'dark'], phone: ['light', 'dark'] }
  : { desktop: ['dark'], phone: ['light'] };

/**
 * Every axe violation on a page at one screen size: every rule in the light theme (the colour rules
 * only where COLOURS_AT says), then, where COLOURS_AT says, the colour rules in the dark theme.
 */
async function violationsAt(path: string, name: keyof typeof VIEWPORTS) {
  const page = await axeSession(name);
  await page.goto(site.origin + path);
  const light = COLOURS_AT[name].includes('light') ? {} : { skip: COLOUR_RULES };
  const found = await axeViolations(page, `${path} ${name} light`, light);
  if (!COLOURS_AT[name].includes('dark')) return found;
  await page.emulateMedia({ colorScheme: 'dark' });
  found.push(...(await axeViolations(page, `${path} ${name} dark`, { only: COLOUR_RULES })));
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

/** What is checked at a size, for the test's name. */
const checkedAt = (name: keyof typeof VIEWPORTS) =>
  `${name}, every rule${COLOURS_AT[name].includes('light') ? '' : ' but colours'} in light${COLOURS_AT[name].includes('dark') ? ' and colours in dark' : ''}`;

describe('accessibility: axe-core finds no WCAG 2.2 A/AA violation', () => {
  // A test per page; the two screen sizes run side by side, each waiting mostly on its own renderer.
  for (const path of pages)
    test(`${path}: ${checkedAt('desktop')}; ${checkedAt('phone')}`, async () => {
      const [desktop, phone] = await Promise.all([violationsAt(path, 'desktop'), violationsAt(path, 'phone')]);
      assert.deepEqual([...desktop, ...phone], []);
    });
});
