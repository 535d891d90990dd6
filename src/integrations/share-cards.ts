import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';
import { htmlFiles, pageUrlOf } from '../lib/builtSite.ts';
import { CARD_DESIGN, hasOwnShareCard, renderShareCard, shareCardPath, type ShareCard } from '../lib/shareCard.ts';
import { LANGUAGES, uiStrings, type Lang } from '../i18n/ui.ts';
import { isLang, splitLocalePath } from '../i18n/routing.ts';

/** What a built page says about itself: its language, its `og:title`. */
function pageFacts(html: string) {
  let lang = '';
  let title = '';
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'html') lang = attributes['lang'] ?? '';
        if (name === 'meta' && attributes['property'] === 'og:title') title = attributes['content'] ?? '';
      },
    },
    { decodeEntities: true },
  );
  parser.write(html.slice(0, html.indexOf('</head>') + 7));
  parser.end();
  return { lang: isLang(lang) ? lang : undefined, title };
}

/** The part of the site a page is in, as its menu names it. */
function sectionOf(pagePath: string, lang: Lang): string {
  const t = uiStrings(lang);
  const part = splitLocalePath(pagePath).path.split('/')[1];
  const sections: Record<string, string> = {
    articles: t.nav.articles,
    missions: t.atlas.short,
    glossary: t.nav.glossary,
    search: t.search.pageTitle,
  };
  return sections[part ?? ''] ?? t.site.tagline;
}

/**
 * Draws every page's share card (src/lib/shareCard.ts) into `og/` once the pages are built, each from the
 * page's own title and language. The pages name their card in `og:image` (src/layouts/BasePage.astro)
 * by the same rule (`shareCardPath`). A card already drawn for the same words is taken from the cache.
 */
export function shareCards(): AstroIntegration {
  let site = '';
  let cacheDir = '';
  return {
    name: 'observer-missions-share-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = new URL(config.site ?? 'https://example.org').host;
        // One cache for every build of this project (the site, test fixtures, scale runs): a card is
        // named by a hash of everything drawn on it, so a cached card is always the right one.
        cacheDir = path.join(fileURLToPath(config.root), 'node_modules/.cache/observer-missions/share-cards');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        mkdirSync(cacheDir, { recursive: true });
        const pages = htmlFiles(siteDir)
          .map((file) => ({ file, page: pageUrlOf(file) }))
          .filter(({ page }) => hasOwnShareCard(page));
        let drawn = 0;
        const draw = async ({ file, page }: (typeof pages)[number]) => {
          const { lang, title } = pageFacts(readFileSync(path.join(siteDir, file), 'utf8'));
          if (!lang || !title) throw new Error(`${file}: no language or og:title to draw its share card from`);
          const card: ShareCard = {
            title,
            section: sectionOf(page, lang),
            site: `${uiStrings(lang).site.name} · ${site}`,
            rtl: LANGUAGES[lang].dir === 'rtl',
          };
          const key = createHash('sha256')
            .update(JSON.stringify({ card, design: CARD_DESIGN }))
            .digest('hex')
            .slice(0, 16);
          const cached = path.join(cacheDir, `${key}.png`);
          if (!existsSync(cached)) {
            writeFileSync(cached, await renderShareCard(card));
            drawn++;
          }
          const target = path.join(siteDir, shareCardPath(page));
          mkdirSync(path.dirname(target), { recursive: true });
          writeFileSync(target, readFileSync(cached));
        };
        // A few at a time: sharp draws on its own threads.
        for (let i = 0; i < pages.length; i += 8) await Promise.all(pages.slice(i, i + 8).map(draw));
        logger.info(`Share cards: ${pages.length} pages, ${drawn} drawn, ${pages.length - drawn} from the cache`);
      },
    },
  };
}
