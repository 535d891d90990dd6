import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { arabicEditionProblems } from '../lib/arabicEdition.ts';
import { htmlFiles, pageUrlOf } from '../lib/builtSite.ts';
import { latinRunProblems } from '../lib/latinRuns.ts';
import { DEFAULT_LANG, LANGUAGES } from '../i18n/ui.ts';

/**
 * Keeps the translated editions in their language. Before any page is built, the content: every source
 * note has its Arabic, and no Arabic text uses a rendering the terminology table rejects (each problem
 * names the file and line). After the build, every page under /ar/: no English left in what a reader
 * sees, and none of the site's own words marked as English (src/lib/latinRuns.ts). Either fails the
 * build with every problem listed.
 */
export function arabicEdition(): AstroIntegration {
  let contentDir = '';
  return {
    name: 'observer-missions-arabic-edition',
    hooks: {
      'astro:config:done': ({ config }) => {
        contentDir = path.resolve(fileURLToPath(config.root), process.env['CONTENT_DIR'] ?? './content');
      },
      'astro:build:start': () => {
        const problems = arabicEditionProblems(contentDir);
        if (problems.length > 0) throw new Error(`The Arabic edition has problems:\n${problems.join('\n')}`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const problems: string[] = [];
        for (const lang of Object.keys(LANGUAGES).filter((code) => code !== DEFAULT_LANG))
          for (const file of htmlFiles(siteDir).filter((file) => file.startsWith(`${lang}${path.sep}`)))
            problems.push(...latinRunProblems(readFileSync(path.join(siteDir, file), 'utf8'), pageUrlOf(file), lang));
        if (problems.length > 0) throw new Error(`Text in the wrong language:\n${problems.join('\n')}`);
        logger.info('Translated pages: no English left in their text');
      },
    },
  };
}
