import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
// Imported statically: a dynamic import inside `astro:build:done` fails with
// "Vite module runner has been closed" (NOTES-astro7).
import * as pagefind from 'pagefind';

/**
 * How many word positions Pagefind puts in one index chunk. A query downloads every chunk that holds
 * one of its words, and Pagefind's default (20,000) makes this whole site's index two chunks of 18 and
 * 32 KB, so nearly every query fetched all of it. Smaller chunks let a query fetch little more than
 * its own words, at the cost of a longer chunk list in the metadata that opening search loads, which
 * matters only on large sites. Measured (opening search + first query, 8 reader questions):
 * - this site, 45 indexed pages: median 130 KB at 20,000, 91 KB at 1,000, 90 KB at 500;
 * - 10,000 synthetic articles: median 584 KB at 10,000, 499 KB at 2,000, though opening search
 *   alone grows from 156 to 208 KB (the longer chunk list).
 */
export function indexChunkSize(pageCount: number) {
  return Math.max(1000, Math.round(20 * Math.sqrt(pageCount)));
}

/**
 * Builds the Pagefind search index into `dist/pagefind/` as the last step of `astro build`, so a
 * built site is always complete. Any error Pagefind reports fails the build.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'observer-missions-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
        };
        const pageCount = readdirSync(siteDir, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
        // Pagefind 1.6 reads the chunk size only from this variable, which it calls unstable: the
        // version is pinned, and a browser test fails if a query downloads the whole index again.
        // The indexer is a child process started by createIndex, so it inherits the variable.
        const previous = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(indexChunkSize(pageCount));
        try {
          const { index, errors } = await pagefind.createIndex({
            forceLanguage: 'en',
            // Citation marks would read as stray numbers in result excerpts.
            excludeSelectors: ['.cite'],
          });
          if (!index || errors.length > 0) return fail('createIndex', errors);
          const added = await index.addDirectory({ path: siteDir });
          if (added.errors.length > 0) return fail('addDirectory', added.errors);
          const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
          if (written.errors.length > 0) return fail('writeFiles', written.errors);
          logger.info(`Search index written to ${path.relative(process.cwd(), written.outputPath)}`);
        } finally {
          await pagefind.close();
          if (previous === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
        }
      },
    },
  };
}
