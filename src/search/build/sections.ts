import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { cutPage } from '../core/sections.ts';
import { outlineFile, sectionFile, SECTIONS_FOLDER } from '../contract.ts';
import { KNOWN_PAGEFIND_VERSIONS, pageFiles, readEntry, readPageFile } from './format.ts';

/**
 * A search result shows a page's title and its best sections, each with an excerpt. Pagefind's way to
 * get them downloads the page's whole text (its "fragment": 6 to 8 KB, gzip, for an article), once
 * per result. Instead, each page gets a small outline (`sections/<page id>.json`: title, topic, and
 * where each section starts) and one file per section (`sections/<page id>.<n>.json`: its heading's
 * id, its title and text), so a result downloads the outline and the two or three sections it shows.
 * Pagefind's files stay as they are; the browser falls back to them when these are missing. Returns
 * how many pages were cut.
 */
export function writeSectionFiles(
  siteDir: string,
  pagefindDir: string,
  knownVersions = KNOWN_PAGEFIND_VERSIONS,
): number {
  readEntry(pagefindDir, knownVersions);
  const pages = pageFiles(pagefindDir).map(({ id, file }) => ({ id, page: readPageFile(file) }));
  const dir = path.join(pagefindDir, SECTIONS_FOLDER);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  for (const { id, page } of pages) {
    const { outline, sections } = cutPage(page, headingTexts(builtPage(siteDir, page.url)));
    writeFileSync(path.join(pagefindDir, outlineFile(id)), JSON.stringify(outline));
    sections.forEach((section, i) =>
      writeFileSync(path.join(pagefindDir, sectionFile(id, i)), JSON.stringify(section)),
    );
  }
  return pages.length;
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
