import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { cutPage } from '../core/sections.ts';
import type { IndexedPage } from '../core/pagefind-api.ts';
import { outlineFile, sectionFile, SECTIONS_FOLDER, type PageOutline } from '../contract.ts';

/**
 * A search result shows a page's title and its best sections, each with an excerpt. Pagefind's way to
 * get them (`result.data()`) downloads the page's whole text (6 to 8 KB, gzip, for an article), once
 * per result. Instead, each page gets a small outline (`sections/<page id>.json`: title, topic, and
 * where each section starts) and one file per section (`sections/<page id>.<n>.json`: its heading's
 * id, its title and text), so a result downloads the outline and the two or three sections it shows.
 * They are cut at build time from what Pagefind's public browser API gives for each page (`data()`),
 * the way the browser cuts it when these files are missing (../core/sections.ts).
 */

/** What `data()` gave was not a page of the shape the cut reads: the section files step aside. */
export class UnexpectedPage extends Error {
  override name = 'UnexpectedPage';
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** A page's `data()`, checked to hold what the cut reads (Pagefind's public `PagefindSearchFragment` type). */
export function checkedPage(data: unknown): IndexedPage {
  const { url, content, meta, anchors } = (data ?? {}) as Record<string, unknown>;
  const isAnchor = (anchor: unknown) => {
    const { element, id, location } = (anchor ?? {}) as Record<string, unknown>;
    return isString(element) && isString(id) && typeof location === 'number';
  };
  if (
    !isString(url) ||
    !isString(content) ||
    typeof meta !== 'object' ||
    meta === null ||
    !Object.values(meta).every(isString) ||
    !Array.isArray(anchors) ||
    !anchors.every(isAnchor)
  )
    throw new UnexpectedPage(`${isString(url) ? url : 'a page'}: not a page of url, content, meta and anchors`);
  // Text cut at zero-width spaces (Chinese, Japanese) counts its words otherwise.
  if (content.includes('\u200B')) throw new UnexpectedPage(`${url}: words cut at zero-width spaces`);
  return data as IndexedPage;
}

/** Empties the section folder, ready for a new set of files; `remove` leaves none. */
export function resetSectionFolder(pagefindDir: string, { remove = false } = {}) {
  const dir = path.join(pagefindDir, SECTIONS_FOLDER);
  rmSync(dir, { recursive: true, force: true });
  if (!remove) mkdirSync(dir);
}

/** Cuts a page and writes its section texts; returns its outline, written once it is complete. */
export function writeSectionTexts(siteDir: string, pagefindDir: string, id: string, page: IndexedPage) {
  const { outline, sections } = cutPage(page, headingTexts(builtPage(siteDir, page.url)));
  sections.forEach((section, i) => writeFileSync(path.join(pagefindDir, sectionFile(id, i)), JSON.stringify(section)));
  return outline;
}

export function writeOutline(pagefindDir: string, id: string, outline: PageOutline) {
  writeFileSync(path.join(pagefindDir, outlineFile(id)), JSON.stringify(outline));
}

/** The built HTML of the page at `url` (as Pagefind records it, without the base path), if found. */
function builtPage(siteDir: string, url: string): string {
  const file = path.join(siteDir, decodeURI(url.split(/[?#]/)[0]), url.endsWith('/') ? 'index.html' : '');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** Each heading's whole text (h1 to h6 with an id), by id, with white space collapsed. */
export function headingTexts(html: string): Map<string, string> {
  const texts = new Map<string, string>();
  let current: { id: string; depth: number; parts: string[] } | undefined;
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        depth++;
        if (!current && /^h[1-6]$/.test(name) && attributes['id']) current = { id: attributes['id'], depth, parts: [] };
      },
      ontext(text) {
        current?.parts.push(text);
      },
      onclosetag() {
        if (current?.depth === depth) {
          texts.set(current.id, current.parts.join('').replace(/\s+/g, ' ').trim());
          current = undefined;
        }
        depth--;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return texts;
}
