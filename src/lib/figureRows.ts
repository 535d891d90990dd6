/**
 * A figure's rows in one language: the words each bar carries, and the same values as the rows of its
 * table and CSV, so a download always holds what the table shows.
 */
import { fill } from '../i18n/fill';
import type { Lang, UiStrings } from '../i18n/ui';
import { formatPartialDate } from './dates';
import { formatNumber, type FigureData, type missionsByTask, type missionsByYear, type Qualifier } from './figures';

/** A row of a bars figure, in one language, ready to draw and tabulate. */
export interface BarRow {
  /** The group a row sits in (the date of a monthly ranking), in words. */
  group?: string | undefined;
  /** First line: the date in words (or, in a group, the country or label). */
  heading: string;
  /** Second line: what the value counts. */
  detail?: string | undefined;
  /** The machine date, for the table's `<time>` and the CSV. */
  date?: string | undefined;
  /** The date as the source words it, where it is not a calendar date. */
  when?: string | undefined;
  label?: string | undefined;
  country?: string | undefined;
  oic?: boolean | undefined;
  value?: number | undefined;
  low?: number | undefined;
  high?: number | undefined;
  qualifier: Qualifier;
  /** The number as a reader sees it: "about 300", "46,000–85,000". */
  valueText: string;
  sources: string[];
}

/** The words a bars figure's rows need. */
export function barRows(
  figure: FigureData,
  lang: Lang,
  t: UiStrings,
  locale: string,
  countryName: (name: string) => string,
): BarRow[] {
  const number = (value: number) => formatNumber(value, locale);
  return figure.rows.map((row) => {
    const when = row.when?.[lang];
    const dateWords = when ?? (row.date ? formatPartialDate(row.date, lang) : t.figure.undated);
    const label = row.label?.[lang];
    const country = row.country ? countryName(row.country) : undefined;
    const amount = row.range
      ? fill(t.figure.range, { low: number(row.range[0]), high: number(row.range[1]) })
      : number(row.value ?? 0);
    return {
      group: figure.by_date ? dateWords : undefined,
      heading: figure.by_date ? (country ?? label ?? '') : dateWords,
      detail: figure.by_date ? (country ? label : undefined) : (country ?? label),
      date: row.date,
      when,
      label,
      country,
      oic: row.oic,
      value: row.value,
      low: row.range?.[0],
      high: row.range?.[1],
      qualifier: row.qualifier,
      valueText: fill(t.figure.qualifiers[row.qualifier], { value: amount }),
      sources: row.sources,
    };
  });
}

/** A figure's table and CSV: the same rows, formatted for reading and raw for reuse. */
export interface FigureTable {
  /** Column headings for the table, in the page's language (the source column comes after them). */
  head: string[];
  /** Whether each column holds numbers (aligned to the end, compared with the CSV by tests). */
  numeric: boolean[];
  rows: { cells: string[]; date?: string | undefined; sources: string[] }[];
  csv: { head: string[]; rows: (string | number)[][] };
}

/** A source's address by its key, for the CSV's source column. */
export type SourceLookup = (key: string) => { url: string } | undefined;
const sourceCells = (keys: string[], lookup: SourceLookup) => [
  keys.join('; '),
  keys.map((key) => lookup(key)?.url ?? '').join('; '),
];

export function barsTable(figure: FigureData, rows: BarRow[], lang: Lang, t: UiStrings, lookup: SourceLookup) {
  const c = t.figure.columns;
  const countries = rows.some((row) => row.country);
  const labels = rows.some((row) => row.label);
  const head = [
    c.date,
    ...(countries ? [c.country, c.oic] : []),
    ...(labels ? [c.what] : []),
    figure.unit?.[lang] ?? '',
  ];
  const table: FigureTable = {
    head,
    numeric: head.map((_, i) => i === head.length - 1),
    rows: rows.map((row) => ({
      cells: [
        row.when ?? (row.date ? formatPartialDate(row.date, lang) : t.figure.undated),
        ...(countries ? [row.country ?? '', row.oic ? c.yes : c.no] : []),
        ...(labels ? [row.label ?? ''] : []),
        row.valueText,
      ],
      date: row.date,
      sources: row.sources,
    })),
    csv: {
      head: Object.values(t.figure.csv.bars),
      rows: rows.map((row) => [
        row.date ?? '',
        row.when ?? '',
        row.label ?? '',
        row.country ?? '',
        row.oic === undefined ? '' : row.oic ? c.yes : c.no,
        row.qualifier,
        row.value ?? '',
        row.low ?? '',
        row.high ?? '',
        ...sourceCells(row.sources, lookup),
      ]),
    },
  };
  return table;
}

export function yearsTable(
  years: ReturnType<typeof missionsByYear>,
  source: string,
  t: UiStrings,
  locale: string,
  lookup: SourceLookup,
): FigureTable {
  const g = t.figure.groups;
  const n = (value: number) => formatNumber(value, locale);
  return {
    head: [t.figure.columns.year, g.un, g.regional, g.states, g.total],
    numeric: [false, true, true, true, true],
    rows: years.map((y) => ({
      cells: [String(y.year), n(y.un), n(y.regional), n(y.states), n(y.un + y.regional + y.states)],
      sources: [source],
    })),
    csv: {
      head: Object.values(t.figure.csv.years),
      rows: years.map((y) => [
        y.year,
        y.un,
        y.regional,
        y.states,
        y.un + y.regional + y.states,
        ...sourceCells([source], lookup),
      ]),
    },
  };
}

export function tasksTable(
  counts: ReturnType<typeof missionsByTask>,
  source: string,
  t: UiStrings,
  locale: string,
  lookup: SourceLookup,
): FigureTable {
  // The atlas's filter words ("human-rights") as a label: capitalised, hyphens as spaces.
  const name = (task: string) => {
    const words = (t.atlas.tasks[task as keyof UiStrings['atlas']['tasks']] ?? task).replace(/-/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  };
  return {
    head: [t.figure.columns.task, t.figure.columns.missions],
    numeric: [false, true],
    rows: counts.map(({ task, count }) => ({ cells: [name(task), formatNumber(count, locale)], sources: [source] })),
    csv: {
      head: Object.values(t.figure.csv.tasks),
      rows: counts.map(({ task, count }) => [task, name(task), count, ...sourceCells([source], lookup)]),
    },
  };
}

/** RFC 4180 CSV, as the atlas's downloads are written. */
export function figureCsv(table: FigureTable): string {
  const cell = (value: string | number) => {
    const text = String(value);
    return /[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [table.csv.head, ...table.csv.rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
