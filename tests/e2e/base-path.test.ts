import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { buildFixture, buildRealSite } from '../helpers/build.ts';
import { useBuiltSite } from '../helpers/builtSite.ts';
import { within } from '../helpers/wait.ts';
import { FULL_SWEEP, pagesToSweep, sitePages } from '../helpers/pages.ts';
import { ROOT } from '../helpers/site.ts';

/**
 * A fork published as a project page (https://user.github.io/observer-missions/) sets SITE_URL and
 * BASE_PATH; nothing else changes. A site is built that way and served only under the path: in the
 * everyday loop the valid fixture (an article with links into the glossary, the search page and its own
 * sections, missions, the glossary, both languages: every template, in a few seconds), in the full
 * sweep the real site (every link the real content has, in about half a minute more).
 */
const SITE_URL = 'https://user.example.org';
const BASE = '/observer-missions/';
const ENV = { SITE_URL, BASE_PATH: BASE };
const BUILT = FULL_SWEEP
  ? {
      output: 'base-path',
      build: () => buildRealSite('base-path', ENV),
      article: 'untso',
      query: 'armistice agreements',
    }
  : {
      output: 'base-path-valid',
      build: () => buildFixture('valid', ENV, 'base-path-valid'),
      article: 'sample',
      query: 'patrols reports',
    };
const OUT = path.join(ROOT, 'tests/.output', BUILT.output);
const ARTICLE = `articles/${BUILT.article}/`;

const site = useBuiltSite(OUT, { base: BASE, prepare: BUILT.build });

/** Internal addresses a page refers to: links, stylesheets, scripts, images, icons. */
function referencesOf(html: string, pageUrl: string) {
  const $ = load(html);
  const found: string[] = [];
  $('a[href], link[href], script[src], img[src]').each((_, element) => {
    const value = element.attribs['href'] ?? element.attribs['src'];
    const url = new URL(value, pageUrl);
    if (url.origin === new URL(pageUrl).origin) found.push(url.href);
  });
  return found;
}

// Follows every link of the swept pages (the real site's, in the full sweep, take about a minute).
test(
  'every page, link, fragment and file resolves under the base path, and nothing points outside it',
  { timeout: 600_000 },
  async () => {
    assert.ok(
      sitePages(OUT).every((page) => page.startsWith(BASE)),
      'the sitemap lists the pages under the base path',
    );
    // Every link of the pages swept (one per template, or every page in the full sweep) is followed.
    const pages = pagesToSweep(OUT);
    const bodies = new Map<string, Promise<{ status: number; html: string }>>();
    const get = (url: string) => {
      const key = url.split('#')[0];
      if (!bodies.has(key))
        bodies.set(
          key,
          fetch(key).then(async (response) => ({ status: response.status, html: await response.text() })),
        );
      return bodies.get(key)!;
    };
    // Each page's ids, read once: an article links to its own sections and references a hundred times.
    const ids = new Map<string, Set<string>>();
    const idsOf = (url: string, html: string) => {
      const key = url.split('#')[0]!;
      if (!ids.has(key))
        ids.set(
          key,
          new Set(
            load(html)('[id]')
              .map((_, element) => element.attribs['id'])
              .get(),
          ),
        );
      return ids.get(key)!;
    };
    const problems: string[] = [];
    for (const page of pages) {
      const pageUrl = site.origin + page;
      const { status, html } = await get(pageUrl);
      if (status !== 200) problems.push(`${page}: HTTP ${status}`);
      for (const reference of referencesOf(html, pageUrl)) {
        const url = new URL(reference);
        if (!url.pathname.startsWith(BASE)) {
          problems.push(`${page}: ${url.pathname} is outside ${BASE}`);
          continue;
        }
        const target = await get(reference);
        if (target.status !== 200) problems.push(`${page}: ${url.pathname} answers HTTP ${target.status}`);
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && !idsOf(reference, target.html).has(id))
          problems.push(`${page}: ${url.pathname}#${id} has no such id`);
      }
    }
    assert.deepEqual(problems, []);
  },
);

test('canonical and Open Graph addresses, the sitemap, robots.txt and the downloads name the published address', async () => {
  const published = `${SITE_URL}${BASE}`;
  const $ = load(readFileSync(path.join(OUT, ARTICLE, 'index.html'), 'utf8'));
  assert.equal($('link[rel="canonical"]').attr('href'), `${published}${ARTICLE}`);
  assert.equal($('meta[property="og:url"]').attr('content'), `${published}${ARTICLE}`);
  assert.equal($('meta[property="og:image"]').attr('content'), `${published}og/articles/${BUILT.article}.png`);
  assert.ok(existsSync(path.join(OUT, `og/articles/${BUILT.article}.png`)), 'the share card is under the base path');
  assert.match(
    readFileSync(path.join(OUT, 'robots.txt'), 'utf8'),
    new RegExp(`Sitemap: ${published}sitemap-index\\.xml`),
  );
  const json = JSON.parse(readFileSync(path.join(OUT, 'missions.json'), 'utf8')) as { source: string };
  assert.equal(json.source, `${published}missions/`);
  const headers = readFileSync(path.join(OUT, '_headers'), 'utf8');
  assert.match(headers, new RegExp(`^${BASE}\\*$`, 'm'), '_headers rules apply under the base path');
});

test('a missing page under the base path shows the 404 page, styled and with working links', async () => {
  const page = await site.open(`${BASE}no-such-page/`);
  assert.match(await page.locator('h1').innerText(), /not found/i);
  const styled = await page.evaluate(() => getComputedStyle(document.body).display);
  assert.equal(styled, 'flex', 'its stylesheet loaded from under the base path');
  const home = await page.locator('main a').first().getAttribute('href');
  assert.ok(home?.startsWith(BASE), `${home} is under ${BASE}`);
});

test('search loads its code and index from under the base path, and a result opens its section', async () => {
  const page = await site.session();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${site.origin}${BASE}${ARTICLE}`);
  await page.keyboard.press('Control+k');
  await page.locator('dialog.search-dialog input[type="search"]').fill(BUILT.query);
  const result = page.locator('dialog.search-dialog a.search-section').first();
  await within(result.waitFor(), `a section result for "${BUILT.query}"`);
  const href = (await result.getAttribute('href'))!;
  assert.ok(href.startsWith(BASE), `${href} is under ${BASE}`);
  await Promise.all([
    within(
      page.waitForURL((url) => url.pathname !== `${BASE}${ARTICLE}` || url.hash !== ''),
      'the address of the result followed',
    ),
    result.click(),
  ]);
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  assert.ok(id && (await page.locator(`[id="${id}"]`).count()) === 1, `the result opened a section (${page.url()})`);
  assert.deepEqual(
    requested.filter((pathname) => !pathname.startsWith(BASE)),
    [],
    'every request stays under the base path',
  );
  assert.ok(
    requested.some((pathname) => pathname.startsWith(`${BASE}pagefind/`)),
    'the index came from under the base path',
  );
});
