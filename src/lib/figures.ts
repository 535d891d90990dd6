/**
 * Figures in articles: where an article shows them (`<Figure id="…" />` in its MDX), which of its
 * sources each one cites, the checks that fail the build, and each figure's values in a language, as
 * the rows of its table and CSV. Pure functions over plain data: the article route, the CSV endpoint
 * and unit tests use them; the drawing is in ./figureLayout.ts.
 */
import type { Lang } from '../i18n/ui.ts';

/** `<Figure id="…" />` with single or double quotes; fenced code is skipped, as for citations. */
const FIGURE_TAG = /<Figure\s+id=(["'])([^"']*)\1\s*\/>/g;
const FENCED_CODE = /^(```|~~~)[\s\S]*?^\1/gm;
const HEADING = /^#{2,3}\s/;

/** The id of every figure an MDX body shows, in order. */
export function figureIdsInOrder(body: string): string[] {
  return [...body.replace(FENCED_CODE, '').matchAll(FIGURE_TAG)].map((match) => match[2]!);
}

/**
 * Where each figure sits: how many h2/h3 headings come before it, so "On this page" can list it under
 * the section it belongs to, whatever that section's id.
 */
export function figurePlacements(body: string): { id: string; headingsBefore: number }[] {
  const placements: { id: string; headingsBefore: number }[] = [];
  let headings = 0;
  for (const line of body.replace(FENCED_CODE, '').split('\n')) {
    if (HEADING.test(line)) headings += 1;
    for (const match of line.matchAll(FIGURE_TAG)) placements.push({ id: match[2]!, headingsBefore: headings });
  }
  return placements;
}

/**
 * The body as citation numbering sees it: each figure cites its sources where it stands, as if its
 * source line were written there with `<Cite>`. Numbers, back links and the checks for unknown and
 * unused sources (./citations.ts) then count a figure's sources like any other citation.
 */
export function withFigureCitations(body: string, sourcesOf: (id: string) => string[]): string {
  return body.replace(
    FIGURE_TAG,
    (tag, _quote, id: string) =>
      tag +
      sourcesOf(id)
        .map((key) => `<Cite id="${key}" />`)
        .join(''),
  );
}

/** The qualifiers a source may put on a number. */
export type Qualifier = 'exact' | 'about' | 'more-than' | 'at-least';

/** A figure's data as its file gives it (the schema is in src/content.config.ts). */
export interface FigureData {
  article: string;
  chart: 'bars' | 'atlas-years' | 'atlas-tasks';
  title: Record<Lang, string>;
  caption: Record<Lang, string>;
  alt: Record<Lang, string>;
  unit?: Record<Lang, string> | undefined;
  max?: number | undefined;
  by_date: boolean;
  rows: FigureRowData[];
  oic_source?: string | undefined;
  source?: string | undefined;
}

export interface FigureRowData {
  label?: Record<Lang, string> | undefined;
  country?: string | undefined;
  oic?: boolean | undefined;
  date?: string | undefined;
  when?: Record<Lang, string> | undefined;
  value?: number | undefined;
  range?: [number, number] | undefined;
  qualifier: Qualifier;
  sources: string[];
}

/** The keys of the sources a figure cites, in the order its source line numbers them. */
export function figureSourceKeys(figure: FigureData): string[] {
  const keys = [...figure.rows.flatMap((row) => row.sources), figure.oic_source, figure.source];
  return [...new Set(keys.filter((key): key is string => Boolean(key)))];
}

const rowName = (row: FigureRowData, i: number) =>
  `rows[${i}] (${[row.date ?? row.when?.en, row.country ?? row.label?.en].filter(Boolean).join(', ')})`;

/**
 * A figure's problems that must fail the build, each naming its file and row: a source key that is not
 * among the sources of the article it belongs to.
 */
export function figureSourceProblems(
  file: string,
  figure: FigureData,
  articleFile: string,
  articleSources: string[],
): string[] {
  const known = new Set(articleSources);
  const unknown = (key: string) => `source "${key}" is not among the sources of ${articleFile}`;
  const problems = figure.rows.flatMap((row, i) =>
    row.sources.filter((key) => !known.has(key)).map((key) => `${file}: ${rowName(row, i)}: ${unknown(key)}`),
  );
  for (const [field, key] of [
    ['oic_source', figure.oic_source],
    ['source', figure.source],
  ] as const)
    if (key && !known.has(key)) problems.push(`${file}: ${field}: ${unknown(key)}`);
  return problems;
}

/**
 * An article's figure problems: a `<Figure>` with no data file, a figure of another article, a
 * figure shown twice, and a figure file of this article that the article never shows.
 */
export function articleFigureProblems(
  articleFile: string,
  slug: string,
  body: string,
  figures: Map<string, { article: string; file: string }>,
): string[] {
  const problems: string[] = [];
  const shown = figureIdsInOrder(body);
  shown.forEach((id, i) => {
    const figure = figures.get(id);
    if (!figure) problems.push(`${articleFile}: <Figure id="${id}" /> has no data file content/figures/${id}.yaml`);
    else if (figure.article !== slug)
      problems.push(
        `${articleFile}: <Figure id="${id}" /> belongs to the article "${figure.article}" (${figure.file})`,
      );
    if (shown.indexOf(id) !== i) problems.push(`${articleFile}: <Figure id="${id}" /> is shown twice`);
  });
  for (const [id, figure] of figures)
    if (figure.article === slug && !shown.includes(id))
      problems.push(
        `${figure.file}: the article ${articleFile} never shows it; add <Figure id="${id}" /> or remove the file`,
      );
  return problems;
}

/** A translation shows the same figures as its original, in the same order. */
export function figureTranslationProblems(file: string, body: string, originalFile: string, originalBody: string) {
  const ours = figureIdsInOrder(body).join(', ');
  const theirs = figureIdsInOrder(originalBody).join(', ');
  return ours === theirs ? [] : [`${file}: shows the figures [${ours}], but ${originalFile} shows [${theirs}]`];
}

/** The `id` of a figure's element: its data file's name, kept apart from section ids. */
export const figureDomId = (id: string) => `figure-${id}`;

/** A number with the page's language's separators and Western digits. */
export const formatNumber = (value: number, locale: string) =>
  value.toLocaleString(locale, { numberingSystem: 'latn', maximumFractionDigits: 0 });

/** The atlas's groups of deployers in the years figure, in the order drawn. */
export const DEPLOYER_GROUPS = ['un', 'regional', 'states'] as const;
export type DeployerGroup = (typeof DEPLOYER_GROUPS)[number];

/** The UN alone or with a regional body; a group of states; otherwise a regional organisation. */
export const deployerGroup = (organisation: string): DeployerGroup =>
  organisation.startsWith('UN') ? 'un' : organisation === 'State-led' ? 'states' : 'regional';

export interface MissionSpan {
  organisation: string;
  start: string;
  end: string;
}

/** For each year from the first start to `lastYear`: how many missions of each group were at work. */
export function missionsByYear(missions: MissionSpan[], lastYear: number) {
  if (missions.length === 0) return [];
  const first = Math.min(...missions.map((m) => Number(m.start.slice(0, 4))));
  const years = Array.from({ length: lastYear - first + 1 }, (_, i) => ({
    year: first + i,
    un: 0,
    regional: 0,
    states: 0,
  }));
  for (const mission of missions) {
    const from = Number(mission.start.slice(0, 4));
    const to = Math.min(mission.end ? Number(mission.end.slice(0, 4)) : lastYear, lastYear);
    for (let year = from; year <= to; year++) years[year - first]![deployerGroup(mission.organisation)] += 1;
  }
  return years;
}

/** The numbers the years figure's caption and text alternative may name (`{unPeak}` and so on). */
export function yearsFacts(years: ReturnType<typeof missionsByYear>, locale: string, listSeparator: string) {
  const last = years.at(-1);
  const unPeak = Math.max(0, ...years.map((y) => y.un));
  const peakYears = years.filter((y) => y.un === unPeak).map((y) => y.year);
  return {
    first: years[0]?.year ?? '',
    last: last?.year ?? '',
    firstRegional: years.find((y) => y.regional > 0)?.year ?? '',
    unPeak: formatNumber(unPeak, locale),
    unPeakYears: peakYears.join(listSeparator),
    lastUn: formatNumber(last?.un ?? 0, locale),
    lastRegional: formatNumber(last?.regional ?? 0, locale),
    lastStates: formatNumber(last?.states ?? 0, locale),
  };
}

/** How many missions had each task, most common first (ties in the list's own order). */
export function missionsByTask(missions: { tasks: readonly string[] }[], tasks: readonly string[]) {
  return tasks
    .map((task) => ({ task, count: missions.filter((mission) => mission.tasks.includes(task)).length }))
    .sort((a, b) => b.count - a.count);
}
