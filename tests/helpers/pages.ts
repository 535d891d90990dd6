import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { DIST } from './site.ts';

const locations = (xml: string) =>
  load(xml, { xml: true })('loc')
    .map((_, loc) => new URL(load(loc).text()).pathname)
    .get();

/**
 * Every page of the built site, from its sitemap (so a new page is covered without editing a list),
 * plus the 404 pages (the site's, and one in each language folder), which sitemaps leave out on
 * purpose. Paths are as served, base path included.
 */
export function sitePages(dir = DIST): string[] {
  const sitemaps = locations(readFileSync(path.join(dir, 'sitemap-index.xml'), 'utf8'));
  const base = sitemaps[0]?.replace(/sitemap-index\.xml$|sitemap-\d+\.xml$/, '') ?? '/';
  const pages = sitemaps.flatMap((sitemap) =>
    locations(readFileSync(path.join(dir, sitemap.slice(base.length - 1)), 'utf8')),
  );
  if (existsSync(path.join(dir, '404.html'))) pages.push(`${base}404.html`);
  for (const folder of readdirSync(dir, { withFileTypes: true }))
    if (folder.isDirectory() && existsSync(path.join(dir, folder.name, '404.html')))
      pages.push(`${base}${folder.name}/404.html`);
  return pages;
}

/** The built HTML file behind a page path (without a base path). */
export const htmlFileOf = (page: string, dir = DIST) =>
  path.join(dir, decodeURIComponent(page.endsWith('/') ? `${page}index.html` : page));

/**
 * Whether the slow browser sweeps cover every page (`npm run test:full`, before a release and nightly)
 * or a sample (`npm test`). Pages made from one template fail alike, so the everyday loop checks each
 * template once per language; the full sweep catches what only some content triggers.
 */
export const FULL_SWEEP = process.env['TEST_ALL_PAGES'] === '1';

/**
 * Pages made from one template for many entries: a mission page, a page's history. Articles are not
 * among them: each is written apart, and the browser gates visit every one.
 */
const SHARED_TEMPLATES = [/\/missions\/[^/]+\/$/, /\/articles\/[^/]+\/history\/$/, /\/missions\/[^/]+\/history\/$/];

/**
 * Every page that has a template of its own (home, each article, glossary, atlas, search, about,
 * corrections, the 404 pages), and of the pages that share one template (mission pages, histories) the
 * largest in each language, the one with the most of the template's parts in use.
 */
export function sampledPages(dir = DIST): string[] {
  const pages = sitePages(dir);
  const base = pages.find((page) => page.endsWith('404.html'))?.replace(/404\.html$/, '') ?? '/';
  const local = (page: string) => page.slice(base.length - 1);
  const template = (page: string) => SHARED_TEMPLATES.find((pattern) => pattern.test(local(page)));
  const largest = (pattern: RegExp, language: RegExp) =>
    pages
      .filter((page) => pattern.test(local(page)) && template(page) === pattern && language.test(local(page)))
      .map((page) => ({ page, bytes: readFileSync(htmlFileOf(local(page), dir)).length }))
      .sort((a, b) => b.bytes - a.bytes || (a.page < b.page ? -1 : 1))[0]?.page;
  return [
    ...pages.filter((page) => !template(page)),
    ...SHARED_TEMPLATES.flatMap((pattern) => [largest(pattern, /^\/(?!ar\/)/), largest(pattern, /^\/ar\//)]).filter(
      (page): page is string => Boolean(page),
    ),
  ];
}

/** The pages a browser sweep visits: every page in the full sweep, the sample otherwise. */
export const pagesToSweep = (dir = DIST) => (FULL_SWEEP ? sitePages(dir) : sampledPages(dir));
