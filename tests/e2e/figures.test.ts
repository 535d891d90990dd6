import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { COLOUR_RULES, WCAG_TAGS, withAxe } from '../helpers/axe.ts';
import { useBuiltSite } from '../helpers/builtSite.ts';
import { builtPage } from '../helpers/html.ts';
import { FULL_SWEEP } from '../helpers/pages.ts';
import { misplaced, placementOf } from '../helpers/placement.ts';
import { builtArticleSlugs } from '../helpers/site.ts';

/**
 * The figures as readers meet them, visiting only the pages that have figures: each fits a 320 px
 * screen with its text whole and legible, passes axe on that phone (see FIGURE_THEMES), lands below
 * the header from "On this page" and from its address, and prints black on white.
 */
const PHONE = { width: 320, height: 568 };
const DESKTOP = { width: 1280, height: 800 };
const pages = builtArticleSlugs().flatMap((slug) => [`/articles/${slug}/`, `/ar/articles/${slug}/`]);
const figureIds = (page: string) =>
  builtPage(page)('main figure.figure')
    .map((_, figure) => figure.attribs['id'])
    .get();

const site = useBuiltSite();

/** axe-core on the page's figures only (the quality sweep checks the rest of each page). */
async function figureViolations(page: Page, label: string, rules?: string[]) {
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS };
  const found = await page.evaluate(async (only) => {
    const { violations } = await (
      window as unknown as {
        axe: { run(c: object, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe.run({ include: [['figure.figure'], ['.mission-locator'], ['.mission-strength']] }, { runOnly: only });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, runOnly);
  return found.map((line) => `${label}: ${line}`);
}

/** What a reader of a narrow screen would notice: anything wider than the screen, text cut or too small. */
function layoutProblems(page: Page, label: string) {
  return page.evaluate((where) => {
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > innerWidth + 0.5)
      problems.push(`${where}: the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
    for (const svg of document.querySelectorAll<SVGSVGElement>('main svg.figure-chart[role="img"]')) {
      const box = svg.getBoundingClientRect();
      if (box.right > innerWidth + 0.5 || box.left < -0.5)
        problems.push(`${where}: a drawing is wider than the screen`);
      const scale = box.width / svg.viewBox.baseVal.width;
      for (const text of svg.querySelectorAll('text')) {
        const t = text.getBoundingClientRect();
        if (t.left < box.left - 1 || t.right > box.right + 1 || t.top < box.top - 1 || t.bottom > box.bottom + 1)
          problems.push(`${where}: "${text.textContent?.trim()}" runs out of its drawing`);
        const size = parseFloat(getComputedStyle(text).fontSize) * scale;
        if (size < 11) problems.push(`${where}: "${text.textContent?.trim()}" is ${size.toFixed(1)} px`);
      }
    }
    return problems;
  }, label);
}

/**
 * The sizes the figures are read at, side by side, each in its own session. axe checks the figures at
 * the phone size only: the accessibility sweep checks every article page whole, figures included, with
 * every rule in the light theme at 390 px and the dark theme's colours at 1280 px. Here the dark
 * theme's colours are checked at 320 px, and in the full sweep the light theme too.
 */
const FIGURE_THEMES: ('light' | 'dark')[] = FULL_SWEEP ? ['light', 'dark'] : ['dark'];
const SIZES = [
  { viewport: PHONE, axe: true },
  { viewport: DESKTOP, axe: false },
];

test(`figures fit the screen and keep their labels whole and legible at ${PHONE.width} and ${DESKTOP.width} px, and pass axe in ${FIGURE_THEMES.join(' and ')} at ${PHONE.width} px`, async () => {
  const problems = await Promise.all(
    SIZES.map(async ({ viewport, axe }) => {
      const page = await site.session({ viewport, colorScheme: 'light' });
      if (axe) await withAxe(page);
      const problems: string[] = [];
      for (const path of pages) {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(site.origin + path);
        const label = `${viewport.width} px ${path}`;
        problems.push(...(await layoutProblems(page, label)));
        if (!axe) continue;
        if (FIGURE_THEMES.includes('light')) problems.push(...(await figureViolations(page, `${label}, light`)));
        // A theme changes colours only: the dark run checks the colour rules.
        await page.emulateMedia({ colorScheme: 'dark' });
        problems.push(...(await figureViolations(page, `${label}, dark`, COLOUR_RULES)));
      }
      return problems;
    }),
  );
  assert.deepEqual(problems.flat(), []);
});

test(`each figure lands below the header, from "On this page" and from its address, in both languages, at ${PHONE.width} and ${DESKTOP.width} px`, async () => {
  const problems = await Promise.all(
    [PHONE, DESKTOP].map(async (viewport) => {
      const page = await site.session({ viewport });
      const problems: string[] = [];
      for (const path of pages) {
        const ids = figureIds(path);
        for (const id of ids) {
          const where = `${viewport.width} px ${path}`;
          // Opened from its address: every figure in the full sweep; in the everyday loop the page's
          // last, the one anything moved after the browser has scrolled would push furthest (the
          // section-link sweep opens pages the same way), and the page is then kept for the others.
          if (FULL_SWEEP || id === ids[0]) {
            const opened = FULL_SWEEP ? id : ids.at(-1)!;
            await page.goto(`${site.origin}${path}#${opened}`);
            problems.push(
              ...misplaced(`${where}#${opened}, opened`, await placementOf(page, opened, { frames: true })),
            );
          }
          // Back to the top, with "On this page" open (narrow screens show it as a disclosure, closed).
          const open = await page.evaluate(() => {
            scrollTo(0, 0);
            return document.querySelector<HTMLDetailsElement>('table-of-contents details')!.open;
          });
          const toc = page.locator('table-of-contents');
          if (!open) await toc.locator('summary').click();
          await toc.locator(`a[href="#${id}"]`).click();
          const placement = await placementOf(page, id, { frames: true });
          const hash = new URL(page.url()).hash;
          if (hash !== `#${id}`) problems.push(`${where} → #${id}: the address says ${hash}`);
          problems.push(...misplaced(`${where} → #${id}`, placement));
        }
      }
      return problems;
    }),
  );
  assert.deepEqual(problems.flat(), []);
});

test('a printed figure is black on white, with its table shown', async () => {
  const page = await site.session({ viewport: DESKTOP, colorScheme: 'dark' });
  for (const path of ['/articles/oic-member-states/', '/ar/articles/oic-member-states/']) {
    await page.goto(site.origin + path);
    await page.emulateMedia({ media: 'print' });
    const printed = await page
      .locator('figure.figure')
      .first()
      .evaluate((figure) => ({
        text: getComputedStyle(figure.querySelector('svg text')!).fill,
        bar: getComputedStyle(figure.querySelector('svg .bar.oic rect')!).fill,
        open: getComputedStyle(figure.querySelector('svg .bar.other rect')!).fill,
        table: figure.querySelector('table')!.getBoundingClientRect().height,
      }));
    assert.deepEqual(
      { ...printed, table: printed.table > 50 },
      { text: 'rgb(0, 0, 0)', bar: 'rgb(0, 0, 0)', open: 'rgb(255, 255, 255)', table: true },
      path,
    );
    await page.emulateMedia({ media: 'screen' });
  }
});

test('a mission page shows its locator map under the heading on a phone and beside the text on a desktop', async () => {
  const page = await site.session({ viewport: { width: 390, height: 844 } });
  await withAxe(page);
  const problems: string[] = [];
  for (const path of ['/missions/unomig/', '/ar/missions/unomig/']) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(site.origin + path);
    const phone = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      return { heading: box('h1').bottom, map: box('.mission-locator').top, facts: box('.mission-facts').top };
    });
    assert.ok(phone.heading < phone.map && phone.map < phone.facts, `${path}: the map comes after the heading`);
    problems.push(...(await layoutProblems(page, `390 px ${path}`)));
    problems.push(...(await figureViolations(page, `390 px ${path}`)));
    await page.setViewportSize(DESKTOP);
    const desktop = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      return { map: box('.mission-locator'), facts: box('.mission-facts') };
    });
    const beside = path.startsWith('/ar/')
      ? desktop.map.right <= desktop.facts.left
      : desktop.map.left >= desktop.facts.right;
    assert.ok(beside, `${path}: the map is in the side column`);
    assert.ok(desktop.map.top < desktop.facts.bottom, `${path}: level with the facts`);
  }
  assert.deepEqual(problems, []);
});
