// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { headingAnchorsPlugin } from './src/integrations/heading-anchors.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { linkCheck } from './src/integrations/link-check.ts';

export default defineConfig({
  site: 'https://observer-missions.org',
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
  integrations: [mdx(), sitemap(), linkCheck(), pagefindIndex()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
