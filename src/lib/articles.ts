import { getCollection, type CollectionEntry } from 'astro:content';
import { withBase } from './paths';

export type Article = CollectionEntry<'articles'>;

/** Published articles in reading order. Drafts appear in `astro dev` only. */
export async function getArticles(): Promise<Article[]> {
  const articles = await getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft);
  return articles.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

export const articleUrl = (article: Article) => withBase(`/articles/${article.id}/`);
