import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { localeParams } from '../../i18n/routing';
import { articleUrl, getArticles } from '../../lib/articles';
import { correctedPageTitles, getCorrections } from '../../lib/corrections';
import { fill } from '../../i18n/fill';
import { localePath } from '../../i18n/routing';
import { DEFAULT_LANG } from '../../i18n/ui';
import { withBase } from '../../lib/paths';

/**
 * The feed of each language (/feed.xml, /ar/feed.xml): every article, dated by its last substantive
 * edit, and every factual correction, dated by the day it was made, newest first, so a reader's feed
 * shows new and updated articles and what the site got wrong. Every page of the
 * language names it in its head (src/layouts/BasePage.astro).
 */
export const getStaticPaths = localeParams;

export const GET: APIRoute = async ({ site, locals }) => {
  const { lang, t } = locals;
  const articles = (await getArticles(lang)).map((article) => ({
    title: article.data.title,
    description: article.data.description,
    link: articleUrl(article),
    pubDate: article.data.updated,
    categories: [article.data.topic],
  }));
  const titles = await correctedPageTitles(lang);
  const corrections = (await getCorrections()).map((correction) => {
    const words = lang === DEFAULT_LANG ? correction : correction.ar;
    return {
      title: fill(t.corrections.feedTitle, { page: titles.get(withBase(correction.page)) ?? correction.page }),
      description: `${t.corrections.was}: ${words.was} ${t.corrections.now}: ${words.now}`,
      // Absolute, so the feed library leaves it as it is rather than add a slash after the #fragment.
      link: new URL(`${withBase(localePath(lang, '/corrections/'))}#${correction.id}`, site).href,
      pubDate: correction.date,
      categories: [t.corrections.title],
    };
  });
  return rss({
    title: t.site.name,
    description: t.site.tagline,
    site: new URL(import.meta.env.BASE_URL, site),
    items: [...articles, ...corrections].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()),
    customData: `<language>${lang}</language><copyright>${t.site.licence}</copyright>`,
  });
};
