/**
 * What links the site's pages to one another, read from the texts themselves: the missions an article
 * mentions, the glossary terms it links to, the article to read next and the ones closest to it. Mission
 * pages, the end of each article and the glossary all ask these, so each rule is written once.
 */
import type { LocalArticle } from './articles';
import type { LocalMission } from './missions';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether an article mentions a mission: its English original links to the mission's page or names it
 * by acronym (a translation mentions what its original does).
 */
export function mentions(article: Pick<LocalArticle, 'original'>, mission: Pick<LocalMission, 'id' | 'data'>) {
  const body = article.original.body ?? '';
  return body.includes(`/missions/${mission.id}/`) || new RegExp(`\\b${escape(mission.data.acronym)}\\b`).test(body);
}

/** The glossary terms a text links to (`/glossary/#<id>`, in any language's glossary), in order of first use. */
export const glossaryLinks = (body: string) => [
  ...new Set([...body.matchAll(/\/glossary\/#([\p{L}\p{N}-]+)/gu)].map((match) => match[1]!)),
];

/**
 * After an article: the next one in reading order (none after the last), and up to `count` others that
 * share the most missions and glossary terms with it, the next one left out. Made once for all the
 * articles of a language: each article's missions and terms are read once, not once per article that
 * asks (at 2,000 articles asking for each took most of the build).
 */
export function readingPaths<A extends Pick<LocalArticle, 'slug' | 'original'>>(
  articles: A[],
  missions: Pick<LocalMission, 'id' | 'data'>[],
  count = 2,
) {
  const topics = new Map(
    articles.map((article) => [
      article,
      new Set([
        ...missions.filter((mission) => mentions(article, mission)).map((mission) => `mission:${mission.id}`),
        ...glossaryLinks(article.original.body ?? '').map((id) => `term:${id}`),
      ]),
    ]),
  );
  return (slug: string) => {
    const index = articles.findIndex((article) => article.slug === slug);
    const next = articles[index + 1];
    const own = topics.get(articles[index]!)!;
    const related = articles
      .map((article, order) => ({ article, order }))
      .filter(({ article }) => article.slug !== slug && article !== next)
      .map(({ article, order }) => ({
        article,
        order,
        shared: [...topics.get(article)!].filter((topic) => own.has(topic)).length,
      }))
      .filter(({ shared }) => shared > 0)
      .sort((a, b) => b.shared - a.shared || a.order - b.order)
      .slice(0, count)
      .map(({ article }) => article);
    return { next, related };
  };
}
