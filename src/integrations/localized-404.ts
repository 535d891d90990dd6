import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { DEFAULT_LANG, LANGUAGES } from '../i18n/ui.ts';

/**
 * Astro writes only the site's root 404 page as `404.html`; another language's, from
 * src/pages/<lang>/404.astro, comes out as `<lang>/404/index.html`. Hosts that serve the nearest
 * `404.html` for a missing address (Cloudflare Pages; Netlify with the rule in public/_redirects) need
 * it as `<lang>/404.html`, so this moves it there before the other build steps read the pages.
 */
export function localized404(): AstroIntegration {
  return {
    name: 'observer-missions-localized-404',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const lang of Object.keys(LANGUAGES)) {
          if (lang === DEFAULT_LANG) continue;
          const built = path.join(root, lang, '404', 'index.html');
          if (!existsSync(built)) continue;
          renameSync(built, path.join(root, lang, '404.html'));
          rmdirSync(path.dirname(built));
          logger.info(`${lang}/404.html written`);
        }
      },
    },
  };
}
