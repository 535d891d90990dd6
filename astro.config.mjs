// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { headingAnchorsPlugin } from './src/integrations/heading-anchors.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: 'https://observer-missions.org',
  trailingSlash: 'always',
  // Spaces around inline links in .astro templates survive only with full compression (NOTES-astro7).
  compressHTML: true,
  markdown: {
    // Astro adds heading ids after user plugins; the anchor plugin needs them, so ids go first.
    processor: satteri({ hastPlugins: [() => satteriHeadingIdsPlugin(), headingAnchorsPlugin()] }),
    syntaxHighlight: false,
  },
  integrations: [mdx(), sitemap(), pagefindIndex()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
