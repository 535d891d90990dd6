/**
 * Where each language's pages live. English keeps the site's original addresses (`/articles/untso/`);
 * every other language has the same addresses under its code (`/ar/articles/untso/`), so a page's twin
 * in another language is found from its path alone, and section ids are shared (see
 * src/integrations/explicit-heading-ids.ts).
 *
 * Paths here are site-relative, before `withBase` (src/lib/paths.ts) adds a base path.
 */
import { DEFAULT_LANG, LANGUAGES, type Lang } from './ui.ts';

export const LANGS = Object.keys(LANGUAGES) as Lang[];

export const isLang = (value: string): value is Lang => value in LANGUAGES;

/** "/articles/untso/" in Arabic is "/ar/articles/untso/"; in English it is unchanged. */
export const localePath = (lang: Lang, path: string) => (lang === DEFAULT_LANG ? path : `/${lang}${path}`);

/** The language of a site-relative path and the same path without the language. */
export function splitLocalePath(path: string): { lang: Lang; path: string } {
  const match = /^\/([a-z]{2,3})(\/.*)$/.exec(path);
  if (match && isLang(match[1]) && match[1] !== DEFAULT_LANG) return { lang: match[1], path: match[2] };
  return { lang: DEFAULT_LANG, path };
}

/**
 * For `getStaticPaths` of a page built once per language from one file under `src/pages/[...locale]/`:
 * the default language has no `locale` segment. The page reads its language from `Astro.locals.lang`
 * (src/middleware.ts), which Astro's i18n routing takes from the address.
 */
export const localeParams = () =>
  LANGS.map((lang) => ({ params: { locale: lang === DEFAULT_LANG ? undefined : lang } }));

/**
 * A content entry's language and slug from its id: translations sit in a folder named after their
 * language (`content/articles/ar/untso.mdx` has the id "ar/untso").
 */
export function entryLocale(id: string): { lang: Lang; slug: string } {
  const [first, ...rest] = id.split('/');
  if (rest.length > 0 && isLang(first!) && first !== DEFAULT_LANG) return { lang: first, slug: rest.join('/') };
  return { lang: DEFAULT_LANG, slug: id };
}

/**
 * The language of a content file, from the folder named after it (`content/articles/ar/untso.mdx`,
 * `content/pages/ar/atlas-inclusion.md`), for Markdown plugins; English when there is none.
 */
export function fileLang(path: string | undefined): Lang {
  const match = path && /\/([a-z]{2,3})\/[^/]+$/.exec(path.replace(/\\/g, '/'));
  return match && isLang(match[1]!) ? match[1] : DEFAULT_LANG;
}
