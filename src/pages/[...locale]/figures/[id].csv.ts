import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, localeParams } from '../../../i18n/routing';
import type { Lang } from '../../../i18n/ui';
import { getArticles } from '../../../lib/articles';
import { figureView, getFigures, type FigureEntry } from '../../../lib/articleFigures';
import { figureCsv } from '../../../lib/figureRows';

/**
 * Each figure's data as CSV, in each language: `/figures/<id>.csv` with English column names (the
 * names programs read) and `/ar/figures/<id>.csv` with Arabic ones and the Arabic words of each row.
 * Numbers, dates, source keys and addresses are the same in both. The rows are the figure's table's.
 */
export const getStaticPaths = (async () => {
  const figures = await getFigures();
  const articles = await getArticles();
  return localeParams().flatMap(({ params }, i) =>
    figures.map((entry) => ({
      params: { ...params, id: entry.id },
      props: {
        entry,
        lang: LANGS[i]!,
        sources: articles.find((article) => article.slug === entry.data.article)?.data.sources ?? {},
      },
    })),
  );
}) satisfies GetStaticPaths;

interface Props {
  entry: FigureEntry;
  lang: Lang;
  sources: Record<string, { url: string }>;
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const view = await figureView(props.entry, props.lang, 0, props.sources);
  return new Response(figureCsv(view.table), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
