// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { headingAnchorsPlugin } from './src/integrations/heading-anchors.ts';
import { explicitHeadingIdsPlugin } from './src/integrations/explicit-heading-ids.ts';
import { isolateLatinPlugin } from './src/integrations/isolate-latin.ts';
import { baseLinksPlugin } from './src/integrations/base-links.ts';
import { pagefindIndex } from './src/search/build/index.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { cspHeaders } from './src/integrations/csp-headers.ts';
import { localized404 } from './src/integrations/localized-404.ts';
import { shareCards } from './src/integrations/share-cards.ts';
import { arabicEdition } from './src/integrations/arabic-edition.ts';
import { lazyModuleUrl } from './src/integrations/lazy-module-url.ts';
import { DEFAULT_LANG, LANGUAGES, uiStrings } from './src/i18n/ui.ts';

// Where the site is published. A fork sets these in the environment instead of editing code:
// SITE_URL=https://user.github.io BASE_PATH=/observer-missions npm run build
const site = process.env.SITE_URL || 'https://observer-missions.org';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // English at the site's root, Arabic under /ar/. No `fallback`: a page missing in one language is
  // simply not built there, never filled with the other language's text.
  i18n: {
    defaultLocale: DEFAULT_LANG,
    locales: Object.keys(LANGUAGES),
    routing: { prefixDefaultLocale: false },
  },
  // Spaces around inline links in .astro templates survive only with full compression: Astro's default
  // ('jsx') drops a space that ends a line before a link.
  compressHTML: true,
  // Two entries or routes with one id (e.g. a repeated glossary id) fail the build instead of one
  // silently replacing the other.
  prerenderConflictBehavior: 'error',
  // Component styles are scoped with a class (`.x.astro-1a2b3c4d`) rather than a data attribute: the
  // same scoping in fewer bytes, in both the CSS and the HTML of every page.
  scopedStyleStrategy: 'class',
  markdown: {
    // Astro adds heading ids after user plugins; the anchor plugin needs them, so ids go first, the
    // ids written out in the text (shared by every language) before the generated ones.
    processor: satteri({
      hastPlugins: [
        explicitHeadingIdsPlugin,
        () => satteriHeadingIdsPlugin(),
        headingAnchorsPlugin((lang) => uiStrings(lang).article.linkToSection),
        isolateLatinPlugin,
        baseLinksPlugin(base),
      ],
    }),
    syntaxHighlight: false,
  },
  security: {
    // Astro writes a <meta http-equiv="content-security-policy"> with a hash for every inline and
    // bundled script and style, so no 'unsafe-inline' is needed. Directives a meta policy cannot
    // carry (frame-ancestors) are in public/_headers.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Listing resources drops Astro's default 'self', so it is listed again. Pagefind compiles
      // its WebAssembly search engine, which needs 'wasm-unsafe-eval' (and nothing broader).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Build hooks run in this order after the pages are written: the 404 pages put in place, sitemap
  // (each page with its twins in the other languages, as `xhtml:link hreflang`), link check (a broken
  // site fails fast), no English left on the Arabic pages (whose content it also checks before the
  // build), each page's share card, CSP header, then the search index.
  integrations: [
    mdx(),
    localized404(),
    sitemap({
      // Pages that say "not found" are no pages to list.
      filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
      i18n: {
        defaultLocale: DEFAULT_LANG,
        locales: Object.fromEntries(Object.keys(LANGUAGES).map((lang) => [lang, lang])),
      },
    }),
    linkCheck(),
    arabicEdition(),
    shareCards(),
    cspHeaders(),
    pagefindIndex(),
  ],
  vite: {
    plugins: [tailwindcss(), lazyModuleUrl()],
    build: {
      rollupOptions: {
        // Astro marks each MDX page with a "use astro:head-inject" directive that the bundler says it
        // may not keep; Astro reads it before bundling, so the warning (one boxed block per article and
        // translation, withastro/astro#18087) tells a reader of the build log nothing. Others pass.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
