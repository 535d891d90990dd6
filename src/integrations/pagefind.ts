import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
// Imported statically: a dynamic import inside `astro:build:done` fails with
// "Vite module runner has been closed" (NOTES-astro7).
import * as pagefind from 'pagefind';
import { relayoutIndex } from './pagefind-chunks.ts';
import { writeCommonWords } from './pagefind-common-words.ts';

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
        } finally {
          await pagefind.close();
        }
        const pagefindDir = path.join(siteDir, 'pagefind');
        // One language (forceLanguage), so one index to lay out and one list of common words.
        const [layout] = relayoutIndex(pagefindDir);
        const common = writeCommonWords(pagefindDir, layout);
        logger.info(
          `Search index: ${layout.chunks} chunks of about ${Math.round(layout.targetBytes / 1000)} kB; ` +
            `${common.length} common ${common.length === 1 ? 'word' : 'words'} left out of queries${common.length > 0 ? ` (${common.slice(0, 8).join(', ')}${common.length > 8 ? ', …' : ''})` : ''}`,
        );
      },
    },
  };
}
