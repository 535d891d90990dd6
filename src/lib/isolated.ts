import { isolateLatin } from '../integrations/isolate-latin.ts';
import { LANGUAGES, type Lang } from '../i18n/ui.ts';
import { escapeHtml, h, Html, join } from './html.ts';

/**
 * Text on a page in `lang`, as markup: in a right-to-left language each Latin run in a `<bdi>` and each
 * foreign name quoted in «» in a `<cite>` marked with its language (../integrations/isolate-latin.ts);
 * otherwise the text as it is.
 */
export function isolatedHtml(text: string, lang: Lang): Html {
  if (LANGUAGES[lang].dir !== 'rtl') return new Html(escapeHtml(text));
  return join(
    ...isolateLatin(text).map((part) => {
      if (part.type === 'text') return part.value;
      const value = (part.children[0] as { value: string }).value;
      return part.tagName === 'cite'
        ? h('cite', { lang: String(part.properties['lang']), dir: 'ltr' }, value)
        : h('bdi', {}, value);
    }),
  );
}
