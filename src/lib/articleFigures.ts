/**
 * The figures of an article in one language, ready to draw: read from the `figures` collection (and,
 * for atlas figures, counted from the missions), numbered in the order the article shows them, with
 * the rows of their table and CSV. Used by the article route and the CSV endpoint, so a download
 * always holds what its table shows.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { MISSION_TASKS } from '../content.config';
import { fill } from '../i18n/fill';
import { localePath } from '../i18n/routing';
import { LANGUAGES, uiStrings, type Lang } from '../i18n/ui';
import { countryName } from './countries';
import {
  DEPLOYER_GROUPS,
  figureDomId,
  figureIdsInOrder,
  figureSourceKeys,
  formatNumber,
  missionsByTask,
  missionsByYear,
  yearsFacts,
  type FigureData,
} from './figures';
import { barRows, barsTable, tasksTable, yearsTable, type BarRow, type FigureTable } from './figureRows';
import { withBase } from './paths';

export type FigureEntry = CollectionEntry<'figures'>;

/** A figure as its article shows it in one language. */
export interface FigureView {
  id: string;
  domId: string;
  number: number;
  lang: Lang;
  chart: FigureData['chart'];
  title: string;
  caption: string;
  alt: string;
  /** Bars figures (and the tasks count, drawn as bars). */
  bars?: { rows: BarRow[]; max: number; oic: boolean };
  /** The years figure: counts per year and group. */
  years?: { year: number; values: Record<string, number> }[];
  table: FigureTable;
  /** Keys of the sources the figure cites, in its source line's order. */
  sources: string[];
  /** Whether the figure counts the atlas's missions (its source line says where each fact is sourced). */
  atlas: boolean;
  csvUrl: string;
}

export const getFigures = () => getCollection('figures');

/** Where a figure's CSV is served, in the language of its headers and words. */
export const figureCsvPath = (id: string, lang: Lang) => localePath(lang, `/figures/${id}.csv`);

/** The atlas's latest data version and the year it describes, for atlas figures' captions. */
async function atlasVersion() {
  const versions = (await getCollection('dataChangelog')).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
  const latest = versions[0]?.data;
  return { version: latest?.version ?? '', year: (latest?.date ?? new Date()).getUTCFullYear() };
}

/** A nice top for a count axis: the next multiple of 5 or 10 above the largest count. */
const niceTop = (value: number) => (value <= 10 ? 10 : Math.ceil(value / 10) * 10);

/** One figure in `lang`, numbered `number` in its article. */
export async function figureView(
  entry: FigureEntry,
  lang: Lang,
  number: number,
  sources: Record<string, { url: string }>,
): Promise<FigureView> {
  const t = uiStrings(lang);
  const { locale } = LANGUAGES[lang];
  const data = entry.data as FigureData;
  const lookup = (key: string) => sources[key];
  const base = {
    id: entry.id,
    domId: figureDomId(entry.id),
    number,
    lang,
    chart: data.chart,
    title: data.title[lang],
    sources: figureSourceKeys(data),
    atlas: data.chart !== 'bars',
    csvUrl: withBase(figureCsvPath(entry.id, lang)),
  };
  if (data.chart === 'bars') {
    const rows = barRows(data, lang, t, locale, (name) => countryName(name, lang));
    return {
      ...base,
      caption: data.caption[lang],
      alt: data.alt[lang],
      bars: { rows, max: data.max ?? 1, oic: rows.some((row) => row.oic !== undefined) },
      table: barsTable(data, rows, lang, t, lookup),
    };
  }
  const missions = (await getCollection('missions')).map((mission) => mission.data);
  const { version, year } = await atlasVersion();
  const source = data.source ?? '';
  if (data.chart === 'atlas-years') {
    const counts = missionsByYear(missions, year);
    const facts = { ...yearsFacts(counts, locale, t.listSeparator), version, total: missions.length };
    return {
      ...base,
      caption: fill(data.caption[lang], facts),
      alt: fill(data.alt[lang], facts),
      years: counts.map(({ year: y, ...values }) => ({ year: y, values })),
      table: yearsTable(counts, source, t, locale, lookup),
    };
  }
  const counts = missionsByTask(missions, MISSION_TASKS);
  const facts = {
    // `{humanRights}` for the task "human-rights": placeholders are single words.
    ...Object.fromEntries(
      counts.map(({ task, count }) => [
        task.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
        formatNumber(count, locale),
      ]),
    ),
    total: formatNumber(missions.length, locale),
    version,
  };
  const table = tasksTable(counts, source, t, locale, lookup);
  return {
    ...base,
    caption: fill(data.caption[lang], facts),
    alt: fill(data.alt[lang], facts),
    bars: {
      rows: counts.map(({ count }, i) => ({
        heading: table.rows[i]!.cells[0]!,
        value: count,
        qualifier: 'exact',
        valueText: formatNumber(count, locale),
        sources: [source],
      })),
      max: niceTop(Math.max(0, ...counts.map((c) => c.count))),
      oic: false,
    },
    table,
  };
}

/** The figures an article's body shows, in order, in the article's language. */
export async function articleFigures(
  body: string,
  lang: Lang,
  sources: Record<string, { url: string }>,
): Promise<FigureView[]> {
  const entries = new Map((await getFigures()).map((entry) => [entry.id, entry]));
  return Promise.all(
    figureIdsInOrder(body).flatMap((id, i) => {
      const entry = entries.get(id);
      return entry ? [figureView(entry, lang, i + 1, sources)] : [];
    }),
  );
}

/** The groups of the years figure, with their names in `lang`. */
export const deployerGroups = (lang: Lang) =>
  DEPLOYER_GROUPS.map((key) => ({ key, title: uiStrings(lang).figure.groups[key] }));
