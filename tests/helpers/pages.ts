import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './site.ts';

/**
 * Every page of the built site, from its sitemap (so a new page is covered without editing a list),
 * plus the 404 page, which sitemaps leave out on purpose.
 */
export function sitePages(dir = DIST): string[] {
  const index = readFileSync(path.join(dir, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const pages = sitemaps.flatMap((sitemap) =>
    [...readFileSync(path.join(dir, sitemap), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname),
  );
  if (existsSync(path.join(dir, '404.html'))) pages.push('/404.html');
  return pages;
}

/** The built HTML file behind a page path. */
export const htmlFileOf = (page: string, dir = DIST) =>
  path.join(dir, decodeURIComponent(page.endsWith('/') ? `${page}index.html` : page));
