import type { APIRoute } from 'astro';
import { withBase } from '../lib/paths';

/** robots.txt, pointing to the sitemap at the site's own address and base path (SITE_URL, BASE_PATH). */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase('/sitemap-index.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
