import { test } from 'node:test';
import assert from 'node:assert/strict';
import { within } from '../helpers/wait.ts';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/builtSite.ts';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { builtArticleSlugs, DIST } from '../helpers/site.ts';

const ARTICLE = '/articles/what-is-an-observer-mission/';

const site = useBuiltSite();

/** Opens `path`, recording the path of every request the page makes. */
async function open(path: string, options: BrowserContextOptions = {}, prepare?: (page: Page) => Promise<void>) {
  const page = await site.session(options);
  await prepare?.(page);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(site.origin + path);
  return { page, requested };
}

const dialogInput = (page: Page) => page.locator('dialog.search-dialog input[type="search"]');

/**
 * The Pagefind index chunks (file names, sorted) a fresh page downloads to answer `query`, with the
 * site's frequent words replaced by `frequentWords` when given.
 */
async function indexChunksFetchedFor(query: string, frequentWords?: string[]) {
  const { page, requested } = await open(ARTICLE, {}, async (page) => {
    // Each as the build lists a frequent word: its key in the outlines, its pages, its lookup in KB.
    const frequent = Object.fromEntries((frequentWords ?? []).map((word) => [word, [word, 90, 100]]));
    if (frequentWords)
      await page.route('**/pagefind/site-words.en.json', async (route) =>
        route.fulfill({ json: { ...(await (await route.fetch()).json()), frequent } }),
      );
  });
  await page.keyboard.press('Control+k');
  await dialogInput(page).fill(query);
  await within(
    page.locator('dialog.search-dialog .search-result').first().waitFor({ timeout: 5000 }),
    `a result for "${query}"`,
  );
  await page.waitForLoadState('networkidle');
  return requested
    .filter((p) => p.endsWith('.pf_index'))
    .map((p) => p.split('/').at(-1)!)
    .sort();
}

test('no search code or index loads until search is opened', async () => {
  const { page, requested } = await open(ARTICLE);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(
    requested.filter((path) => path.includes('pagefind') || path.includes('search')),
    [],
  );
  await page.keyboard.press('Control+k');
  await within(dialogInput(page).waitFor(), 'the search box, after Ctrl+K');
  await within(
    page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((r) => r.name.includes('/pagefind/pagefind.js')),
    ),
    'the search code loading once search is opened',
  );
});

test('Ctrl+K opens the search dialog, Escape closes it and focus returns', async () => {
  const { page } = await open(ARTICLE);
  const trigger = page.locator('site-search a.search-button');
  await trigger.focus();
  await page.keyboard.press('Control+k');
  await within(dialogInput(page).waitFor(), 'the search box, after Ctrl+K');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'search');
  await page.keyboard.press('Escape');
  await within(
    page.waitForFunction(() => !document.querySelector('dialog.search-dialog')?.hasAttribute('open')),
    'the search dialog closing on Escape',
  );
  assert.equal(await page.evaluate(() => document.activeElement?.matches('site-search a.search-button')), true);
});

test('"/" and the header button open search too', async () => {
  const { page } = await open(ARTICLE);
  await page.keyboard.press('/');
  await within(dialogInput(page).waitFor({ timeout: 5000 }), 'the search box, after "/"');
  await page.keyboard.press('Escape');
  await page.locator('site-search a.search-button').click();
  await within(dialogInput(page).waitFor({ timeout: 5000 }), 'the search box, after a click on the header button');
  assert.equal(await page.locator('dialog.search-dialog').getAttribute('open'), '');
});

test('a search typed in the dialog returns a section result that navigates to its #anchor', async () => {
  const { page } = await open('/');
  // Pick a real section heading from the article and search for its words.
  const probe = await open(ARTICLE);
  const heading = await probe.page
    .locator('.article-body h2[id]')
    .nth(1)
    .evaluate((h) => ({ id: h.id, text: h.textContent!.trim() }));
  await page.keyboard.press('Control+k');
  await dialogInput(page).fill(heading.text);
  const section = page.locator(
    `dialog.search-dialog a.search-section[href^="${ARTICLE}"][href$="#${encodeURIComponent(heading.id)}"]`,
  );
  await within(section.first().waitFor({ timeout: 5000 }), `a result for the section #${heading.id}`);
  await section.first().click();
  await within(
    page.waitForURL((url) => url.pathname === ARTICLE && decodeURIComponent(url.hash) === `#${heading.id}`, {
      timeout: 5000,
    }),
    `the address of the section #${heading.id}`,
  );
  await within(
    page.waitForFunction(
      (id) => {
        const r = document.getElementById(id)!.getBoundingClientRect();
        return r.top >= 0 && r.top < innerHeight;
      },
      heading.id,
      { timeout: 5000 },
    ),
    `the heading #${heading.id} in view`,
  );
});

test('the /search/ page searches from ?q= and keeps the query in the address', async () => {
  const { page } = await open('/search/?q=observer');
  await within(
    page.locator('.search-results .search-result').first().waitFor({ timeout: 5000 }),
    'results for ?q=observer',
  );
  await page.locator('search-page input[type="search"]').fill('armistice');
  await within(
    page.waitForURL((url) => url.searchParams.get('q') === 'armistice', { timeout: 5000 }),
    'the typed query in the address (?q=armistice)',
  );
});

test('with JavaScript off, /search/ lists every article and its sections', async () => {
  const { page } = await open('/search/', { javaScriptEnabled: false });
  const listed = await page
    .locator('#all-sections ~ section h3 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.deepEqual(
    listed.sort(),
    builtArticleSlugs()
      .map((slug) => `/articles/${slug}/`)
      .sort(),
  );
  assert.ok((await page.locator('#all-sections ~ section li a[href*="#"]').count()) >= listed.length * 3);
});

test('a two-word query downloads the index chunks for its words, not the whole index', async () => {
  // Guards the index re-cut (src/search/build/layout.ts): Pagefind's own chunks made every
  // query on this site download its whole word index.
  const chunks = await indexChunksFetchedFor('UNTSO headquarters');
  const indexDir = path.join(DIST, 'pagefind/index');
  const size = (file: string) => statSync(path.join(indexDir, file)).size;
  const whole = readdirSync(indexDir).reduce((sum, file) => sum + size(file), 0);
  const downloaded = chunks.reduce((sum, file) => sum + size(file), 0);
  assert.ok(chunks.length > 0, 'the query downloaded no index chunk');
  assert.ok(downloaded < whole / 4, `the query downloaded ${downloaded} of ${whole} index bytes`);
});

test('function words in a query download nothing more than the query without them', async () => {
  // "the" is in every page; its index entry grows with the site (src/search/core/query.ts).
  assert.deepEqual(
    await indexChunksFetchedFor('the field hospital in Qatar'),
    await indexChunksFetchedFor('field hospital Qatar'),
  );
});

test("the site's frequent words download nothing when the query has other words", async () => {
  // On this site no word costs enough to be frequent (src/search/ranking.ts); at 10,000 articles
  // "observers" does, so the list is given here as a large site would have it.
  const without = await indexChunksFetchedFor('Qatar field hospital');
  assert.notDeepEqual(
    await indexChunksFetchedFor('observers Qatar field hospital'),
    without,
    '"observers" has index chunks of its own',
  );
  assert.deepEqual(await indexChunksFetchedFor('observers Qatar field hospital', ['observers']), without);
});

test('on /search/, choosing a topic keeps only results from that topic, and its filter loads only then', async () => {
  const { page, requested } = await open('/search/?q=observers');
  const results = page.locator('search-page .search-result');
  await within(results.first().waitFor({ timeout: 5000 }), 'results for ?q=observers');
  assert.deepEqual(
    requested.filter((path) => path.includes('/pagefind/filter/')),
    [],
    'a filter loaded before a topic was chosen',
  );
  const topics = await page
    .locator('search-page select option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  assert.ok(topics.includes('Case studies') && topics.includes('Glossary'), `topics offered: ${topics.join(', ')}`);
  await page.locator('search-page select').selectOption('Case studies');
  // Mission pages have no topic, so every shown result must carry the chosen one.
  await within(
    page.waitForFunction(() => {
      const shown = [...document.querySelectorAll('search-page .search-result')];
      return (
        shown.length > 0 && shown.every((result) => result.querySelector('.topic')?.textContent === 'Case studies')
      );
    }),
    'only results of the topic "Case studies"',
  );
  const titles = await results.locator(':scope > a').allTextContents();
  assert.ok(
    titles.some((title) => title.includes('UNTSO') || title.includes('Haiti')),
    `results: ${titles.join(' | ')}`,
  );
  assert.ok(requested.some((path) => path.includes('/pagefind/filter/')));
});

test('a result downloads its page’s outline and the sections it shows, once, never Pagefind’s whole page file, and weighs heading words as Pagefind does', async () => {
  for (const [start, query] of [
    [ARTICLE, 'UNTSO'],
    ['/ar/articles/untso/', 'الهيئة'],
  ] as const) {
    const { page, requested } = await open(start);
    await page.keyboard.press('Control+k');
    await dialogInput(page).fill(query);
    await within(
      page.locator('dialog.search-dialog .search-result').first().waitFor({ timeout: 5000 }),
      `a result for "${query}"`,
    );
    await page.waitForLoadState('networkidle');
    const fetched = requested.filter((file) => file.includes('/pagefind/'));
    assert.deepEqual(
      fetched.filter((file) => file.includes('/fragment/')),
      [],
      `${query}: no page file`,
    );
    const outlines = fetched.filter((file) => /\/sections\/[^.]+\.json$/.test(file));
    assert.equal(outlines.length, 3, `${query}: one outline per result shown`);
    const shownSections = await page.locator('dialog.search-dialog .search-results > .search-result > ul > li').count();
    assert.equal(fetched.filter((file) => /\/sections\/[^.]+\.\d+\.json$/.test(file)).length, shownSections);

    // A reader who takes back a letter and types it again sees the same sections: they are not
    // downloaded again.
    const status = page.locator('dialog.search-dialog .search-status');
    await dialogInput(page).press('Backspace');
    await within(
      status.filter({ hasText: new RegExp(`[“«]${query.slice(0, -1)}[”»]`) }).waitFor(),
      `the status line for "${query.slice(0, -1)}"`,
    );
    await dialogInput(page).pressSequentially(query.at(-1)!);
    await within(status.filter({ hasText: query }).waitFor(), `the status line for "${query}"`);
    await page.waitForLoadState('networkidle');
    const sectionFiles = requested.filter((file) => file.includes('/pagefind/sections/'));
    assert.deepEqual(
      sectionFiles.filter((file, i) => sectionFiles.indexOf(file) !== i),
      [],
      `${query}: section files downloaded twice`,
    );

    // Pagefind's own weights for the same word, from its page files: a word in a heading weighs what
    // the outline says, any other word 1. On articles, where every heading has an id (the build
    // requires it); a heading without one (a mission page's title) is not a section, and counts as text.
    const mismatches = await page.evaluate(async (word) => {
      const script = '/pagefind/pagefind.js';
      const pagefind = await import(script);
      await pagefind.options({ noWorker: true });
      const { results } = await pagefind.search(word);
      const found: string[] = [];
      let articles = 0;
      for (const result of results) {
        const data = await result.data();
        if (!data.url.includes('/articles/')) continue;
        articles++;
        const outline = await (await fetch(`/pagefind/sections/${result.id}.json`)).json();
        for (const { location, weight } of data.weighted_locations) {
          const [start, heading, headingWeight] = outline.sections.findLast(([s]: number[]) => s <= location);
          const expected = location < start + heading ? headingWeight : 1;
          if (Math.abs(weight - expected) > 0.01)
            found.push(`${data.url} word ${location}: ${weight}, outline ${expected}`);
        }
      }
      if (articles < 3) found.push(`${word}: only ${articles} articles`);
      return found;
    }, query);
    assert.deepEqual(mismatches, []);
  }
});
