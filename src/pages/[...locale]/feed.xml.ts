import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { localeParams } from '../../i18n/routing';
import { articleUrl, getArticles } from '../../lib/articles';

/**
 * The feed of each language (/feed.xml, /ar/feed.xml): every article, newest change first, each dated by
 * its last substantive edit, so a reader's feed shows new and updated articles. Every page of the
 * language names it in its head (src/layouts/BasePage.astro).
 */
export const getStaticPaths = localeParams;

export const GET: APIRoute = async ({ site, locals }) => {
  const { lang, t } = locals;
  const articles = (await getArticles(lang)).sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime());
  return rss({
    title: t.site.name,
    description: t.site.tagline,
    site: new URL(import.meta.env.BASE_URL, site),
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      link: articleUrl(article),
      pubDate: article.data.updated,
      categories: [article.data.topic],
    })),
    customData: `<language>${lang}</language><copyright>${t.site.licence}</copyright>`,
  });
};
