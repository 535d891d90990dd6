import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The real site, built by `npm run build` (npm test builds it before the tests run). */
export const DIST = path.join(ROOT, 'dist');

/** Slugs of the published articles, read from the built site rather than a hand-kept list. */
export function builtArticleSlugs(dir = DIST): string[] {
  const articles = path.join(dir, 'articles');
  if (!existsSync(articles)) return [];
  return readdirSync(articles).filter((slug) => existsSync(path.join(articles, slug, 'index.html')));
}

export const readBuilt = (relative: string, dir = DIST) => readFileSync(path.join(dir, relative), 'utf8');
