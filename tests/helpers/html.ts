import { readFileSync } from 'node:fs';
import { load, type CheerioAPI } from 'cheerio';
import { DIST } from './site.ts';
import { htmlFileOf } from './pages.ts';

/** A built page, parsed: query it with CSS selectors as a browser would. */
export const parseHtml = (html: string): CheerioAPI => load(html);
export const builtPage = (page: string, dir = DIST) => parseHtml(readFileSync(htmlFileOf(page, dir), 'utf8'));
