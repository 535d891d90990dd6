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
