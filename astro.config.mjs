// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { headingAnchorsPlugin } from './src/integrations/heading-anchors.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { cspHeaders } from './src/integrations/csp-headers.ts';
import { SITE_URL } from './src/consts.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // Spaces around inline links in .astro templates survive only with full compression (NOTES-astro7).
  compressHTML: true,
  // Two entries or routes with one id (e.g. a repeated glossary id) fail the build instead of one
  // silently replacing the other.
  prerenderConflictBehavior: 'error',
  markdown: {
    // Astro adds heading ids after user plugins; the anchor plugin needs them, so ids go first.
    processor: satteri({ hastPlugins: [() => satteriHeadingIdsPlugin(), headingAnchorsPlugin()] }),
    syntaxHighlight: false,
  },
  // Links are checked before the index is built, so a broken site fails fast.
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
  integrations: [mdx(), sitemap(), linkCheck(), cspHeaders(), pagefindIndex()],
  // No module-preload helper: it would add about 1 KB to every page for one lazily loaded chunk.
  vite: { plugins: [tailwindcss()], build: { modulePreload: false } },
  devToolbar: { enabled: false },
});
