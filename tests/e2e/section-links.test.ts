import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/builtSite.ts';
import { builtPage } from '../helpers/html.ts';
import { FULL_SWEEP, pagesToSweep } from '../helpers/pages.ts';
import { misplaced, placementOf, placementsOf, scrollSettled } from '../helpers/placement.ts';
import { builtArticleSlugs } from '../helpers/site.ts';
import { within } from '../helpers/wait.ts';

/**
 * Section links are one of the things the site is for: every one must land with its heading fully in
 * view below the sticky header, on small phones as on desktops, however the reader got there.
 */
const VIEWPORTS = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];
/**
 * The sizes for following every page's headings, "On this page" entry and search result: the smallest
 * phone and a desktop in the everyday loop (the page's two layouts: one column with the contents list
 * as a disclosure, and the contents list beside the text), every size in the full sweep.
 */
const CLICK_VIEWPORTS = FULL_SWEEP ? VIEWPORTS : [VIEWPORTS[0], VIEWPORTS[3]];
/** The sizes each swept page is opened at: the same two layouts, or every size in the full sweep. */
const PAGE_VIEWPORTS = CLICK_VIEWPORTS;
const size = ({ width, height }: { width: number; height: number }) => `${width}×${height}`;

/**
 * Every heading id of the pages swept (one per template and every article, or every page in the full
 * sweep; the 404 page has no sections to link to), leaving out the search dialog's, which lives in a
 * <template> until search opens.
 */
const headingIds = pagesToSweep()
  .filter((path) => !path.endsWith('404.html'))
  .map((path) => {
    const $ = builtPage(path);
    const headings = $('h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]').filter(
      (_, h) => $(h).closest('body').length > 0,
    );
    return { path, ids: headings.map((_, h) => h.attribs['id']).get() };
  })
  .filter(({ ids }) => ids.length > 0);

const site = useBuiltSite();

/**
 * Opens the page at `#id` as a new load (a changing query makes each address new to the browser), and
 * reads where the heading landed: two frames on (see placementsOf), or without JavaScript, which runs
 * no frame callbacks, once the page is still.
 */
let visit = 0;
async function openAt(page: Page, path: string, id: string, { javaScript = true } = {}) {
  await page.goto(`${site.origin}${path}?visit=${visit++}#${encodeURIComponent(id)}`);
  if (!javaScript) await scrollSettled(page);
  return placementOf(page, id, { frames: javaScript });
}

// A test per page, so that no single test runs long. At each size the page is opened at its last
// heading, the one that anything the page's styles or script move after the browser has scrolled would
// push out of place; from there every other heading is followed as a link within the page. (A fresh
// load for every heading at every size took most of the test run.) The sizes are followed side by
// side, each in its own session, and the headings of one size in one call to the page.
//
// A jump within the page is made at once, so each followed heading is read as soon as it is made; the
// last one is read again two frames later, once the page's own hashchange handlers have run, so a
// script that moved the page after a jump still fails. (Waiting two frames after every jump cost ten
// times as much processor time as the reading itself.)
for (const { path, ids } of headingIds) {
  test(`${path}: opened at #id and followed within the page, every heading lands in view below the header, at each size`, async () => {
    const last = ids.at(-1)!;
    const problems = await Promise.all(
      PAGE_VIEWPORTS.map(async (viewport) => {
        // One session per size, shared by the per-page tests.
        const page = await site.sharedSession({ viewport });
        const opened = misplaced(`${size(viewport)} ${path}#${last}, opened`, await openAt(page, path, last));
        const others = ids.slice(0, -1);
        const followed = await placementsOf(page, others, { follow: true });
        const settled = others.length ? [await placementOf(page, others.at(-1)!, { frames: true })] : [];
        return [
          ...opened,
          ...followed.flatMap((placement, i) =>
            misplaced(`${size(viewport)} ${path}#${others[i]}, followed`, placement),
          ),
          ...settled.flatMap((placement) =>
            misplaced(`${size(viewport)} ${path}#${others.at(-1)}, two frames after it was followed`, placement),
          ),
        ];
      }),
    );
    assert.deepEqual(problems.flat(), []);
  });
}

const sizes = CLICK_VIEWPORTS.map(size).join(' and ');

/** Runs `check` at each click size side by side, each in its own session, and gathers its problems. */
const atEachClickSize = async (check: (page: Page) => Promise<string[]>) =>
  (
    await Promise.all(
      CLICK_VIEWPORTS.map(async (viewport) =>
        (await check(await site.session({ viewport }))).map((problem) => `${size(viewport)} ${problem}`),
      ),
    )
  ).flat();

/**
 * The articles whose "On this page" entries are each clicked: in the everyday loop the one with the
 * most sections in each language (every article uses the same list), every article in the full sweep.
 */
const tocArticles = ['/', '/ar/'].flatMap((prefix) => {
  const articles = headingIds
    .filter(({ path }) => new RegExp(`^${prefix}articles/[^/]+/$`).test(path))
    .sort((a, b) => b.ids.length - a.ids.length)
    .map(({ path }) => path);
  return FULL_SWEEP ? builtArticleSlugs().map((slug) => `${prefix}articles/${slug}/`) : articles.slice(0, 1);
});

test(`a click on each "On this page" entry lands its heading in view below the header, in both languages, ${sizes}`, async () => {
  const problems = await atEachClickSize(async (page) => {
    const problems: string[] = [];
    for (const article of tocArticles) {
      await page.goto(`${site.origin}${article}`);
      const toc = page.locator('table-of-contents');
      const links = toc.locator('a[href^="#"]');
      const ids = await links.evaluateAll((entries) =>
        entries.map((entry) => decodeURIComponent(entry.getAttribute('href')!.slice(1))),
      );
      // Narrow screens show the table of contents as a disclosure, closed at first.
      let open = await toc.locator('details').evaluate((details: HTMLDetailsElement) => details.open);
      for (const [i, id] of ids.entries()) {
        if (!open) await toc.locator('summary').click();
        await links.nth(i).click();
        // Two frames on (see placementsOf), and whether the list is still open for the next entry.
        open = await page.evaluate(
          () =>
            new Promise<boolean>((done) =>
              requestAnimationFrame(() =>
                requestAnimationFrame(() =>
                  done(document.querySelector<HTMLDetailsElement>('table-of-contents details')!.open),
                ),
              ),
            ),
        );
        const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
        if (hash !== id) problems.push(`${article} → #${id}: the address names #${hash}`);
        problems.push(...misplaced(`${article} → #${id}`, await placementOf(page, id)));
      }
    }
    return problems;
  });
  assert.deepEqual(problems, []);
});

/**
 * Queries whose first result is followed: one in each language in the everyday loop (a result opens its
 * section the same way whatever the article), more articles in the full sweep.
 */
const RESULT_QUERIES = [
  ['/search/', 'UNTSO headquarters'],
  ['/ar/search/', 'مستشفى ميداني قطر'],
  ...(FULL_SWEEP
    ? ([
        ['/search/', 'Qatar field hospital Haiti'],
        ['/search/', 'what do military observers do'],
      ] as const)
    : []),
] as const;

test(`a click on a search result lands its section in view below the header, ${sizes}`, async () => {
  const problems = await atEachClickSize(async (page) => {
    const problems: string[] = [];
    for (const [searchPage, query] of RESULT_QUERIES) {
      await page.goto(`${site.origin}${searchPage}?q=${encodeURIComponent(query)}`);
      const result = page.locator('.search-results a.search-section').first();
      const href = (await within(result.getAttribute('href'), `a section result for "${query}"`))!;
      await Promise.all([
        within(
          page.waitForURL((url) => url.pathname !== searchPage),
          `the page of the first result for "${query}"`,
        ),
        result.click(),
      ]);
      await scrollSettled(page);
      problems.push(
        ...misplaced(
          `"${query}" → ${href}`,
          await placementOf(page, decodeURIComponent(new URL(page.url()).hash.slice(1))),
        ),
      );
    }
    return problems;
  });
  assert.deepEqual(problems, []);
});

test('with JavaScript off, every section link of an article lands in view below the header, at every size', async () => {
  const article = headingIds
    .filter(({ path }) => /^\/(ar\/)?articles\//.test(path))
    .sort((a, b) => b.ids.length - a.ids.length)[0]!;
  const last = article.ids.at(-1)!;
  const others = article.ids.slice(0, -1);
  // Each size in its own session, side by side: opened at its last heading (the one the page's styles
  // could push out of place), then every other heading followed within the page, as its links do. A
  // jump within the page is made at once (no smooth scrolling), and no script moves anything after it.
  const problems = await Promise.all(
    VIEWPORTS.map(async (viewport) => {
      const page = await site.session({ viewport, javaScriptEnabled: false });
      const opened = misplaced(
        `${size(viewport)} ${article.path}#${last}, opened`,
        await openAt(page, article.path, last, { javaScript: false }),
      );
      const followed = await placementsOf(page, others, { follow: true });
      return [
        ...opened,
        ...followed.flatMap((placement, i) =>
          misplaced(`${size(viewport)} ${article.path}#${others[i]}, followed`, placement),
        ),
      ];
    }),
  );
  assert.deepEqual(problems.flat(), []);
});
