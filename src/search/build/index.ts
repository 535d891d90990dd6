import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { PagefindApi } from '../core/pagefind-api.ts';
import type { FrequentWord, PageOutline } from '../contract.ts';
import { frequentWords } from './frequent.ts';
import { pagefindSession } from './node-pagefind.ts';
import { minifyScript, packWasm } from './pack.ts';
import { indexedPagesByLanguage, runPagefind } from './pagefind.ts';
import { checkedPage, resetSectionFolder, writeOutline, writeSectionTexts } from './sections.ts';
import { countPageWords, noWords, writeSiteWords } from './site-words.ts';

export interface SearchIndexOptions {
  /**
   * Stands between the build steps and Pagefind's browser API (tests give one that answers in
   * another shape, as a future Pagefind might, to see the steps that read it step aside).
   */
  pagefindApi?: (api: PagefindApi) => PagefindApi;
  /** What makes a word frequent, in bytes (tests set less than `FREQUENT_LOOKUP_BYTES`, to have some). */
  frequentLookupBytes?: number;
}

type Logger = Pick<AstroIntegrationLogger, 'info' | 'warn'>;

export interface LanguageReport {
  lang: string;
  pages: number;
  vocabulary: number;
  frequent: Record<string, FrequentWord>;
  /** How many words the frequent-word measurement looked up alone (./frequent.ts). */
  measured: number;
  sections: boolean;
}

/**
 * Builds the search index of the site in `siteDir` into `siteDir/pagefind/`:
 * 1. Pagefind's own index, through its public Node API (./pagefind.ts), one per page language;
 * 2. its WebAssembly and script packed smaller (./pack.ts);
 * 3. per language, through Pagefind's public browser API run in Node (./node-pagefind.ts): every page
 *    (`search(null)`, then `data()`) cut into section files (./sections.ts) and counted into the
 *    vocabulary, then the frequent words measured and their positions put in the outlines
 *    (./frequent.ts), then the word lists (./site-words.ts).
 * Pagefind's own files are never changed (but for the packing). Every step after the first steps aside
 * with a warning when Pagefind answers in a shape it does not expect, and search still answers: from
 * Pagefind's page data instead of the section files, or with every word looked up.
 */
export async function buildSearchIndex(siteDir: string, logger: Logger, options: SearchIndexOptions = {}) {
  const pagefindDir = path.join(siteDir, 'pagefind');
  const languages = indexedPagesByLanguage(siteDir);
  const chunkSize = await runPagefind(siteDir, pagefindDir, Math.max(0, ...languages.values()));
  const wasmSaved = await packWasm(pagefindDir, logger.warn);
  for (const [file, saved] of Object.entries(wasmSaved)) logger.info(`${file}: ${saved} bytes smaller with Zopfli`);
  const scriptSaved = await minifyScript(pagefindDir, logger.warn);
  if (scriptSaved > 0) logger.info(`pagefind.js: ${scriptSaved} bytes smaller with esbuild`);

  resetSectionFolder(pagefindDir);
  const reports: LanguageReport[] = [];
  for (const lang of [...languages.keys()].sort()) {
    let sections = true;
    const session = await pagefindSession(pagefindDir, lang);
    const api = options.pagefindApi?.(session) ?? session;
    const stats = noWords();
    const outlines = new Map<string, PageOutline>();
    for (const result of (await api.search(null))?.results ?? []) {
      const data = await result.data();
      if (typeof data?.content === 'string') countPageWords(stats, data.content);
      if (!sections) continue;
      try {
        outlines.set(result.id, writeSectionTexts(siteDir, pagefindDir, result.id, checkedPage(data)));
      } catch (error) {
        sections = false;
        logger.warn(
          `Search result sections not written (${lang}): ${(error as Error).message}. ` +
            'Search still works; each result downloads its whole page text.',
        );
      }
    }
    await session.close();

    let frequent: Awaited<ReturnType<typeof frequentWords>> = { words: {}, positions: new Map(), measured: 0 };
    if (sections) {
      try {
        frequent = await frequentWords(pagefindDir, lang, [...stats.words.keys()], options.frequentLookupBytes);
      } catch (error) {
        logger.warn(
          `Frequent words not measured (${lang}): ${(error as Error).message}. Every word a reader types is looked up.`,
        );
      }
      for (const [id, outline] of outlines) {
        const positions = frequent.positions.get(id);
        writeOutline(pagefindDir, id, positions ? { ...outline, frequent: positions } : outline);
      }
    }
    const vocabulary = writeSiteWords(pagefindDir, lang, stats, { frequent: frequent.words, sections });
    const report = {
      lang,
      pages: stats.pages,
      vocabulary,
      frequent: frequent.words,
      measured: frequent.measured,
      sections,
    };
    reports.push(report);
    const listed = Object.keys(frequent.words);
    logger.info(
      `Search index (${lang}): ${stats.pages} pages, chunks of ${chunkSize} word uses; ${vocabulary} words; ` +
        `${listed.length} frequent ${listed.length === 1 ? 'word' : 'words'} scored on the best pages` +
        (listed.length > 0 ? ` (${listed.slice(0, 8).join(', ')}${listed.length > 8 ? ', …' : ''})` : '') +
        `; ${frequent.measured} lookups measured alone`,
    );
  }
  const cut = reports.filter((report) => report.sections);
  if (cut.length === 0) resetSectionFolder(pagefindDir, { remove: true });
  else
    logger.info(
      `Search result sections: ${cut.reduce((n, r) => n + r.pages, 0)} pages cut into an outline and a file per section`,
    );
  return { chunkSize, wasmSaved, scriptSaved, languages: reports };
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
