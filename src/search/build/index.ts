import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
// Imported statically: a dynamic import inside `astro:build:done` fails with
// "Vite module runner has been closed".
import * as pagefind from 'pagefind';
import { gzipAsync } from '@gfx/zopfli';
import { transform } from 'esbuild';
import { KNOWN_PAGEFIND_VERSIONS, recompressFile, wasmFiles } from './format.ts';
import { relayoutIndexes, type LayoutReport } from './layout.ts';
import { countSiteWords, writeSiteWordFiles } from './site-words.ts';
import { writeSectionFiles } from './sections.ts';

/**
 * Left out of the index and the word counts: citation marks would read as stray numbers in result
 * excerpts, and a section link's hidden label ("Link to section: …") repeats its heading.
 */
export const EXCLUDED_CLASSES = ['cite', 'anchor-link'];

export interface SearchIndexOptions {
  /** Pagefind versions whose files the re-cut may rewrite (tests pass none, to see it step aside). */
  knownVersions?: string[];
}

type Logger = Pick<AstroIntegrationLogger, 'info' | 'warn'>;

/**
 * Builds the search index of the site in `siteDir` into `siteDir/pagefind/`: Pagefind's own index (one
 * per page language, from `<html lang>`), then the optimisations, each of which steps aside with a
 * warning rather than fail the build: the index re-cut by size, Pagefind's WebAssembly and script
 * packed smaller, each page cut into section files, and the site's word lists.
 */
export async function buildSearchIndex(siteDir: string, logger: Logger, { knownVersions }: SearchIndexOptions = {}) {
  const fail = (step: string, errors: string[]) => {
    throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
  };
  const pagefindDir = path.join(siteDir, 'pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_CLASSES.map((c) => `.${c}`) });
    if (!index || errors.length > 0) return fail('createIndex', errors);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) return fail('addDirectory', added.errors);
    const written = await index.writeFiles({ outputPath: pagefindDir });
    if (written.errors.length > 0) return fail('writeFiles', written.errors);
  } finally {
    await pagefind.close();
  }

  let layouts: LayoutReport[] = [];
  try {
    layouts = relayoutIndexes(pagefindDir, knownVersions);
  } catch (error) {
    logger.warn(
      `Search index re-cut skipped, Pagefind's own index is used as written: ${(error as Error).message}. ` +
        'Queries still work; they may download more of the index.',
    );
  }
  await recompressWasm(pagefindDir, logger);
  await minifyPagefindScript(pagefindDir, logger, knownVersions);
  let sections = false;
  try {
    const pages = writeSectionFiles(siteDir, pagefindDir, knownVersions);
    sections = true;
    logger.info(`Search result sections: ${pages} pages cut into an outline and a file per section`);
  } catch (error) {
    logger.warn(
      `Search result sections not written: ${(error as Error).message}. ` +
        'Search still works; each result downloads its whole page text.',
    );
  }
  const words = writeSiteWordFiles(pagefindDir, countSiteWords(siteDir, EXCLUDED_CLASSES), layouts, { sections });
  for (const { lang, pages, common, vocabulary } of words) {
    const layout = layouts.find((report) => report.language === lang);
    logger.info(
      `Search index (${lang}): ${pages} pages; ` +
        (layout
          ? `${layout.chunks} chunks of about ${Math.round(layout.targetBytes / 1000)} kB; `
          : 'Pagefind’s own chunks; ') +
        `${vocabulary} words; ${common.length} common ${common.length === 1 ? 'word' : 'words'} left out of queries` +
        (common.length > 0 ? ` (${common.slice(0, 8).join(', ')}${common.length > 8 ? ', …' : ''})` : ''),
    );
  }
  return { layouts, words };
}

/**
 * Pagefind's WebAssembly (the largest file opening search downloads) packed again with Zopfli, a
 * slower but denser gzip encoder: the same bytes once unpacked, a few KB fewer to download. About two
 * seconds per language; an optimisation, so anything unexpected leaves Pagefind's file as it is.
 */
async function recompressWasm(pagefindDir: string, logger: Logger) {
  try {
    for (const file of wasmFiles(pagefindDir)) {
      const saved = await recompressFile(file, (raw) => gzipAsync(raw, { numiterations: 15 }));
      logger.info(`${path.basename(file)}: ${saved} bytes smaller with Zopfli`);
    }
  } catch (error) {
    logger.warn(`Pagefind's WebAssembly left as written: ${(error as Error).message}`);
  }
}

/**
 * Pagefind's browser script, the second largest file opening search downloads, comes without its names
 * shortened; esbuild shortens them (about 2 KB less, gzip) and changes nothing else. A file that does
 * not start the way Pagefind's script does (another Pagefind version) is left as written.
 */
async function minifyPagefindScript(pagefindDir: string, logger: Logger, knownVersions = KNOWN_PAGEFIND_VERSIONS) {
  const file = path.join(pagefindDir, 'pagefind.js');
  try {
    const code = readFileSync(file, 'utf8');
    const version = /^const pagefind_version="([^"]+)";/.exec(code)?.[1];
    if (!version || !knownVersions.includes(version))
      throw new Error(`${file}: Pagefind ${version ?? 'of an unknown version'}, not ${knownVersions.join(' or ')}`);
    const { code: minified } = await transform(code, { minify: true, format: 'esm', legalComments: 'inline' });
    writeFileSync(file, minified);
    logger.info(`pagefind.js: ${code.length - minified.length} bytes smaller with esbuild`);
  } catch (error) {
    logger.warn(`Pagefind's script left as written: ${(error as Error).message}`);
  }
}

/** Builds the search index as the last step of `astro build`, so a built site is always complete. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'observer-missions-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
