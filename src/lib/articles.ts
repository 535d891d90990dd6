import { getCollection, type CollectionEntry } from 'astro:content';
import { withBase } from './paths';
import { DEFAULT_LANG, type Lang } from '../i18n/ui';
import { entryLocale, localePath } from '../i18n/routing';
import { translationProblems } from './translations';

export type Article = CollectionEntry<'articles'>;
export type ArticleTranslation = CollectionEntry<'articleTranslations'>;

/** An article as the readers of one language see it: its own words, the original's order and sources. */
export interface LocalArticle {
  slug: string;
  lang: Lang;
  /** What renders: the English original, or its translation. */
  entry: Article | ArticleTranslation;
  /** The English original. */
  original: Article;
  data: Article['data'] & {
    /** On a translation: the original's `updated` date it matches. */
    translatedFrom?: Date;
  };
}

const published = (article: Article) => import.meta.env.DEV || !article.data.draft;

const local = (original: Article): LocalArticle => ({
  slug: original.id,
  lang: DEFAULT_LANG,
  entry: original,
  original,
  data: original.data,
});

/**
 * Published articles in `lang`, in reading order; drafts appear in `astro dev` only. A translation
 * whose original is missing, that cites other sources, or that uses a section id its original lacks,
 * fails the build, naming the file.
 */
export async function getArticles(lang: Lang = DEFAULT_LANG): Promise<LocalArticle[]> {
  const originals = (await getCollection('articles', published)).sort(
    (a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title),
  );
  if (lang === DEFAULT_LANG) return originals.map(local);
  const translations = await getCollection('articleTranslations');
  const all = await getCollection('articles');
  const problems = translations.flatMap((translation) => {
    const file = translation.filePath ?? translation.id;
    const original = all.find((article) => article.id === entryLocale(translation.id).slug);
    if (!original) return [`${file}: no English original "${entryLocale(translation.id).slug}.mdx" to translate`];
    return translationProblems(file, translation.body ?? '', original.filePath ?? original.id, original.body ?? '');
  });
  if (problems.length > 0) throw new Error(`Translation errors:\n${problems.join('\n')}`);
  return originals.flatMap((original) => {
    const translation = translations.find((entry) => {
      const locale = entryLocale(entry.id);
      return locale.lang === lang && locale.slug === original.id;
    });
    if (!translation) return [];
    const { translatedFrom, ...words } = translation.data;
    return [
      {
        slug: original.id,
        lang,
        entry: translation,
        original,
        data: { ...original.data, ...words, translatedFrom },
      },
    ];
  });
}

export const articlePath = (lang: Lang, slug: string) => localePath(lang, `/articles/${slug}/`);
export const articleUrl = (article: Pick<LocalArticle, 'lang' | 'slug'>) =>
  withBase(articlePath(article.lang, article.slug));
