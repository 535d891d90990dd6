import { defineMiddleware } from 'astro:middleware';
import { DEFAULT_LANG, uiStrings } from './i18n/ui.ts';
import { isLang } from './i18n/routing.ts';

/**
 * Each page's language and its interface strings, set once per page as it is built (as Starlight's
 * middleware does): the language from the page's address (Astro's i18n routing, `Astro.currentLocale`),
 * so a route file built once per language reads `Astro.locals.lang` and `Astro.locals.t`.
 */
export const onRequest = defineMiddleware((context, next) => {
  const locale = context.currentLocale ?? DEFAULT_LANG;
  const lang = isLang(locale) ? locale : DEFAULT_LANG;
  context.locals.lang = lang;
  context.locals.t = uiStrings(lang);
  return next();
});
