import { readFileSync } from 'node:fs';
import path from 'node:path';
// Imported statically: a dynamic import inside `astro:build:done` fails with
// "Vite module runner has been closed".
import * as pagefind from 'pagefind';
import { htmlFiles } from '../../lib/builtSite.ts';

/**
 * Pagefind's indexer, through its public Node API (createIndex → addDirectory → writeFiles, every
 * response's errors checked), as Starlight runs it, with one setting more: the size of its index
 * chunks.
 */

/**
 * Left out of the index: citation marks would read as stray numbers in result excerpts, and a section
 * link's hidden label ("Link to section: …") repeats its heading.
 */
export const EXCLUDED_CLASSES = ['cite', 'anchor-link'];

/**
 * Pagefind cuts its sorted word index into chunks of about `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE` word
 * uses (20,000 by default) and a query downloads the chunk of each word it looks up. At the default
 * this site has two chunks per language, and every question downloaded the whole index (150 KB).
 * Smaller chunks cost more to open search (every chunk is listed in the metadata opening search
 * downloads) and less per word; measured on the reader questions, 100 to 300 was cheapest at today's
 * size (90 pages per language), 200 in the middle. Opening search grows with the number of chunks and
 * a lookup with their size, so the cheapest size grows with the square root of the index: 200 at 90
 * pages, about 2,100 at 10,000 (at 1,500, a 10,000-article index listed 17,750 chunks and opening
 * search cost 222 KB). The variable is Pagefind's own, marked unstable: Pagefind reads it when its
 * indexing service starts, and ignores it if a release drops it (the index is then cut by its
 * default). Set in the environment, it overrides this choice (the benchmark and the canary can try
 * other sizes).
 */
export const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';
const CHUNK_SIZE = 200;
const CHUNK_SIZE_PAGES = 90;
export const chunkSizeFor = (pages: number) =>
  Math.max(CHUNK_SIZE, Math.round(CHUNK_SIZE * Math.sqrt(pages / CHUNK_SIZE_PAGES)));

/**
 * The pages Pagefind will index, by language: the built pages that mark their text with
 * `data-pagefind-body` (Pagefind then indexes only those), by the language of their `<html lang>`.
 */
export function indexedPagesByLanguage(siteDir: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of htmlFiles(siteDir)) {
    const html = readFileSync(path.join(siteDir, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const lang = /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1]?.split('-')[0].toLowerCase() || 'unknown';
    counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  return counts;
}

/** Indexes the built site in `siteDir` into `pagefindDir`; returns the chunk size it used. */
export async function runPagefind(siteDir: string, pagefindDir: string, pages: number) {
  const fail = (step: string, errors: string[]) => {
    throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
  };
  const chosen = process.env[CHUNK_SIZE_VARIABLE];
  const chunkSize = chosen ? Number(chosen) : chunkSizeFor(pages);
  // The indexing service reads the variable as it starts: one started before would keep its own.
  await pagefind.close();
  process.env[CHUNK_SIZE_VARIABLE] = String(chunkSize);
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_CLASSES.map((c) => `.${c}`) });
    if (!index || errors.length > 0) return fail('createIndex', errors);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) return fail('addDirectory', added.errors);
    const written = await index.writeFiles({ outputPath: pagefindDir });
    if (written.errors.length > 0) return fail('writeFiles', written.errors);
  } finally {
    await pagefind.close();
    if (chosen === undefined) delete process.env[CHUNK_SIZE_VARIABLE];
  }
  return chunkSize;
}
