import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openWatched, type Watched } from '../helpers/browser.ts';
import { useBuiltSite } from '../helpers/builtSite.ts';
import { axeViolations, COLOUR_RULES, withAxe } from '../helpers/axe.ts';
import { within } from '../helpers/wait.ts';
import { fontconfigPreferring, hasFontFamily, renderedFonts } from '../helpers/fonts.ts';
import { builtArticleSlugs } from '../helpers/site.ts';
import { FULL_SWEEP } from '../helpers/pages.ts';

/**
 * Reading on a phone: a header of one row whatever the device's font, a menu that works by mouse,
 * keyboard, screen reader and without JavaScript, and "On this page" at the top of the article.
 */
const site = useBuiltSite();
const ARTICLE = '/articles/haiti-2010-earthquake/';
const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1280, height: 800 };
const MAX_HEADER_PX = 64;

/**
 * Pages whose header is measured: an article in each language (the header is the same on every page
 * but for the current menu entry), and the home and atlas pages too in the full sweep.
 */
const HEADER_PAGES = FULL_SWEEP
  ? ['/', ARTICLE, '/missions/', '/ar/', `/ar${ARTICLE}`, '/ar/missions/']
  : [ARTICLE, `/ar${ARTICLE}`];

/**
 * The widths the header is measured at: the smallest phone (320 px, where the header's compact rule
 * applies), a common phone (390 px, the phone layout with the most in the row), the narrowest screen
 * with the navigation in the row (768 px), and in the full sweep a desktop (1280 px, the same layout
 * with more room).
 */
const HEADER_WIDTHS = FULL_SWEEP ? [320, 390, 768, 1280] : [320, 390, 768];

/** Two font families phones ship that differ in width: the header must not depend on either. */
const FONT_FAMILIES = ['DejaVu Sans', 'Noto Sans'];

describe('the header is one row at most 64 px tall, whatever the system font', () => {
  const browsers = new Map<string, Browser>();
  const watched: Watched[] = [];
  before(async () => {
    for (const family of FONT_FAMILIES) {
      // .ci/run installs both (Debian: fonts-dejavu-core, fonts-noto-core).
      assert.ok(hasFontFamily(family), `the font family "${family}" is not installed`);
      browsers.set(family, await launchBrowser({ FONTCONFIG_FILE: fontconfigPreferring(family) }));
    }
  });
  after(async () => {
    for (const browser of browsers.values()) await browser.close();
    for (const { errors, external } of watched) {
      assert.deepEqual(errors, []);
      assert.deepEqual(external, []);
    }
  });

  for (const family of FONT_FAMILIES) {
    test(`with ${family} as the system font, at ${HEADER_WIDTHS.join(', ')} px wide, at the top and further down`, async () => {
      // One session, each page loaded afresh at each width.
      const session = await openWatched(browsers.get(family)!);
      watched.push(session);
      const { page } = session;
      const problems: string[] = [];
      for (const width of HEADER_WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        for (const path of HEADER_PAGES) {
          await page.goto(site.origin + path);
          const fonts = await renderedFonts(page, '.site-name');
          // Arabic letters come from the system font when it has them (DejaVu Sans does), otherwise
          // from the Arabic face next in the stack.
          const expected = path.startsWith('/ar/') ? [family, 'Noto Sans Arabic'] : [family];
          if (!fonts.some((font) => expected.includes(font)))
            problems.push(
              `${path} at ${width} px: the header is drawn with ${fonts.join(', ')}, not ${expected.join(' or ')}`,
            );
          // At the top and scrolled further down, measured in one call to the page.
          const headers = await page.evaluate(() =>
            [0, 1500].map((scrolled) => {
              scrollTo(0, scrolled);
              const box = document.querySelector('.site-header')!.getBoundingClientRect();
              const parts = [...document.querySelectorAll('.site-header-inner > *')].map((part) =>
                part.getBoundingClientRect(),
              );
              return {
                scrolled,
                height: box.height,
                top: box.top,
                // Every part of the header sits inside it: nothing wraps below or runs off the side.
                partsInside: parts.every(
                  (part) =>
                    part.top >= box.top - 0.5 && part.bottom <= box.bottom + 0.5 && part.right <= innerWidth + 0.5,
                ),
                pageFits: document.documentElement.scrollWidth <= innerWidth,
              };
            }),
          );
          for (const header of headers) {
            const where = `${path} at ${width} px, scrolled ${header.scrolled} px`;
            if (header.height > MAX_HEADER_PX) problems.push(`${where}: header ${header.height} px tall`);
            if (header.top !== 0) problems.push(`${where}: header not at the top of the window`);
            if (!header.partsInside) problems.push(`${where}: part of the header falls outside it`);
            if (!header.pageFits) problems.push(`${where}: the page is wider than the window`);
          }
        }
      }
      // Closed once read (its errors are checked when the file ends): an open page keeps using the
      // processor while later tests run.
      await session.context.close();
      assert.deepEqual(problems, []);
    });
  }
});

const menu = (page: Page) => page.locator('site-menu');
const menuOpen = (page: Page) =>
  menu(page)
    .locator('details')
    .evaluate((details: HTMLDetailsElement) => details.open);
const navVisible = (page: Page) => menu(page).getByRole('link', { name: 'Atlas' }).isVisible();

/** What a screen reader is told about the menu button: its role, name and expanded state. */
async function menuButtonForScreenReaders(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const button = nodes.find(
    (node) => node.role?.value === 'DisclosureTriangle' && node.name?.value === 'Menu' && !node.ignored,
  );
  const expanded = button?.properties?.find((property) => property.name === 'expanded')?.value.value;
  return { found: Boolean(button), expanded };
}

describe('the menu on a phone', () => {
  test('opens and closes by mouse, and a click outside closes it', async () => {
    const page = await site.open(ARTICLE, { viewport: PHONE });
    assert.equal(await navVisible(page), false, 'the navigation is behind the menu');
    await menu(page).locator('summary').click();
    assert.equal(await navVisible(page), true, 'open: the navigation shows');
    await menu(page).locator('summary').click();
    assert.equal(await navVisible(page), false, 'a second click closes it');
    await menu(page).locator('summary').click();
    await page.mouse.click(20, PHONE.height - 20); // the page, far from the menu
    assert.equal(await menuOpen(page), false, 'a click outside closes it');
  });

  test('opens by keyboard, tells screen readers its state, and Escape closes it back onto its button', async () => {
    const page = await site.open(ARTICLE, { viewport: PHONE });
    assert.deepEqual(await menuButtonForScreenReaders(page), { found: true, expanded: false });
    await menu(page).locator('summary').focus();
    await page.keyboard.press('Enter');
    assert.equal(await navVisible(page), true, 'Enter opens it');
    assert.deepEqual(await menuButtonForScreenReaders(page), { found: true, expanded: true });
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent?.trim()),
      'Articles',
      'Tab moves into the menu',
    );
    await page.keyboard.press('Escape');
    assert.equal(await menuOpen(page), false, 'Escape closes it');
    assert.equal(
      await page.evaluate(() => document.activeElement?.tagName),
      'SUMMARY',
      'focus goes back to the menu button',
    );
    await page.keyboard.press('Space');
    assert.equal(await menuOpen(page), true, 'Space opens it too');
  });

  test('works without JavaScript', async () => {
    const page = await site.open(ARTICLE, { viewport: PHONE, javaScriptEnabled: false });
    await menu(page).locator('summary').click();
    assert.equal(await navVisible(page), true);
    await menu(page).getByRole('link', { name: 'Atlas' }).click();
    await within(page.waitForURL(/\/missions\/$/), 'the atlas, after a click on its menu entry');
  });

  test('on a wide screen the navigation sits in the header row, with no menu button', async () => {
    const page = await site.open(ARTICLE, { viewport: WIDE });
    assert.equal(await navVisible(page), true);
    assert.equal(await menu(page).locator('summary').isVisible(), false);
  });

  // With the menu closed, every page swept is checked whole by accessibility.test.ts; here, the menu
  // that only opening it shows.
  test('axe finds nothing in the open menu, light and dark themes, in English and Arabic', async () => {
    const found: string[] = [];
    for (const path of [ARTICLE, `/ar${ARTICLE}`]) {
      const page = await site.session({ viewport: PHONE, colorScheme: 'light' });
      await withAxe(page);
      await page.goto(site.origin + path);
      await menu(page).locator('summary').click();
      found.push(...(await axeViolations(page, `${path}, menu open, light`, { within: 'site-menu' })));
      await page.emulateMedia({ colorScheme: 'dark' });
      found.push(
        ...(await axeViolations(page, `${path}, menu open, dark`, { only: COLOUR_RULES, within: 'site-menu' })),
      );
    }
    assert.deepEqual(found, []);
  });
});

describe('"On this page" on a phone', () => {
  test('comes before the first section of every article, closed, and opens to list the sections', async () => {
    const page = await site.session({ viewport: PHONE });
    for (const slug of builtArticleSlugs()) {
      await page.goto(`${site.origin}/articles/${slug}/`);
      const order = await page.evaluate(() => {
        const toc = document.querySelector('table-of-contents')!;
        const first = document.querySelector('.article-body h2')!;
        return {
          before: Boolean(toc.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING),
          above: toc.getBoundingClientRect().bottom <= first.getBoundingClientRect().top,
          open: toc.querySelector('details')!.open,
        };
      });
      assert.deepEqual(order, { before: true, above: true, open: false }, slug);
      await page.locator('table-of-contents summary').click();
      assert.ok(await page.locator('table-of-contents a[href^="#"]').first().isVisible(), `${slug}: the list opens`);
    }
  });

  test('marks the section being read', async () => {
    const page = await site.open(`${ARTICLE}`, { viewport: PHONE });
    const id = await page.locator('.article-body h2[id]').nth(2).getAttribute('id');
    await page.goto(`${site.origin}${ARTICLE}#${id}`);
    await within(
      page.waitForFunction(
        (target) =>
          document.querySelector('table-of-contents [aria-current="true"]')?.getAttribute('href') === `#${target}`,
        id,
        { timeout: 5000 },
      ),
      `"On this page" marking #${id} as the section being read`,
    );
  });

  test('is the side column on a wide screen, always open', async () => {
    const page = await site.open(ARTICLE, { viewport: WIDE });
    const layout = await page.evaluate(() => {
      const toc = document.querySelector('table-of-contents')!.getBoundingClientRect();
      const body = document.querySelector('.article-body')!.getBoundingClientRect();
      return {
        beside: toc.left >= body.right || toc.right <= body.left,
        open: document.querySelector<HTMLDetailsElement>('table-of-contents details')!.open,
      };
    });
    assert.deepEqual(layout, { beside: true, open: true });
  });
});
