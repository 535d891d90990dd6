import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { COLOUR_RULES, WCAG_TAGS, withAxe } from '../helpers/axe.ts';
import { useBuiltSite } from '../helpers/builtSite.ts';
import { builtPage } from '../helpers/html.ts';
import { misplaced, placementOf } from '../helpers/placement.ts';
import { builtArticleSlugs } from '../helpers/site.ts';

/**
 * The figures as readers meet them, visiting only the pages that have figures: each fits a 320 px
 * screen with its text whole and legible, passes axe in both themes at phone and desktop sizes, lands
 * below the header from "On this page" and from its address, and prints black on white.
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

for (const viewport of [PHONE, DESKTOP])
  test(`figures fit the screen, keep their labels whole and legible, and pass axe in light and dark, ${viewport.width} px`, async () => {
    const page = await site.session({ viewport, colorScheme: 'light' });
    await withAxe(page);
    const problems: string[] = [];
    for (const path of pages) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(site.origin + path);
      const label = `${viewport.width} px ${path}`;
      problems.push(...(await layoutProblems(page, label)));
      problems.push(...(await figureViolations(page, `${label}, light`)));
      // A theme changes colours only: the dark run checks the colour rules.
      await page.emulateMedia({ colorScheme: 'dark' });
      problems.push(...(await figureViolations(page, `${label}, dark`, COLOUR_RULES)));
    }
    assert.deepEqual(problems, []);
  });

for (const viewport of [PHONE, DESKTOP])
  test(`each figure lands below the header, from "On this page" and from its address, in both languages, ${viewport.width} px`, async () => {
    const page = await site.session({ viewport });
    const problems: string[] = [];
    for (const path of pages) {
      for (const id of figureIds(path)) {
        await page.goto(`${site.origin}${path}#${id}`);
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        problems.push(...misplaced(`${path}#${id}, opened`, await placementOf(page, id)));
        await page.evaluate(() => scrollTo(0, 0));
        const toc = page.locator('table-of-contents');
        if (!(await toc.locator('details').evaluate((details: HTMLDetailsElement) => details.open)))
          await toc.locator('summary').click();
        await toc.locator(`a[href="#${id}"]`).click();
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        assert.equal(new URL(page.url()).hash, `#${id}`);
        problems.push(...misplaced(`${path} → #${id}`, await placementOf(page, id)));
      }
    }
    assert.deepEqual(problems, []);
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
