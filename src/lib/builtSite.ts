import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Folders of a built site that hold no pages: Pagefind's bundle and Astro's assets. */
const NOT_PAGES = new Set(['pagefind', '_astro']);

/** Every HTML page of a built site, as paths relative to `siteDir` ("articles/untso/index.html"). */
export function htmlFiles(siteDir: string, dir = siteDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return NOT_PAGES.has(entry.name) ? [] : htmlFiles(siteDir, full);
    return entry.name.endsWith('.html') ? [path.relative(siteDir, full)] : [];
  });
}

/** "articles/untso/index.html" → "/articles/untso/"; "404.html" → "/404.html" (site-relative, no base). */
export const pageUrlOf = (file: string) =>
  '/' +
  file
    .split(path.sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1');
