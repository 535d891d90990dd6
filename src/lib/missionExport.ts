import { uiStrings } from '../i18n/ui';
import { fill } from '../i18n/fill';
import type { Mission } from './missions';

/**
 * The atlas as data: `/missions.csv` and `/missions.json` (one record per mission) and
 * `/missions-series.csv` (one row per dated figure). Every column is described here once, for the
 * downloads and for the data page that documents them (src/pages/[...locale]/data.astro); a change of
 * columns is a new version, named in content/data/changelog.yaml.
 */

/** The licence of the atlas data: its name, and the address of its text. */
export const LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

/** The licence line carried inside the downloads, where the address is written out. */
export const DATA_LICENCE = fill(uiStrings('en').atlas.licence, { licence: `${LICENCE.name} (${LICENCE.url})` });

/** A column of a download: its name, what it holds (English; the data page translates), and its unit. */
export interface Column<Row> {
  name: string;
  value: (row: Row) => unknown;
}

type Data = Mission['data'];

/** The columns of missions.csv, in order; the JSON records have the same fields. */
export const MISSION_COLUMNS: Column<Data>[] = [
  { name: 'id', value: (m) => m.id },
  { name: 'acronym', value: (m) => m.acronym },
  { name: 'name', value: (m) => m.name },
  { name: 'organisation', value: (m) => m.organisation },
  { name: 'start', value: (m) => m.start },
  { name: 'end', value: (m) => m.end },
  { name: 'location', value: (m) => m.location },
  { name: 'hq', value: (m) => m.hq },
  { name: 'lat', value: (m) => m.coordinates.lat },
  { name: 'lon', value: (m) => m.coordinates.lon },
  { name: 'tasks', value: (m) => m.tasks },
  { name: 'mandate', value: (m) => m.mandate },
  {
    name: 'peak_strength',
    value: (m) => (m.peak_strength ? `${m.peak_strength.value} ${m.peak_strength.unit} (${m.peak_strength.date})` : ''),
  },
  { name: 'resolution', value: (m) => m.ids.resolution ?? [] },
  { name: 'wikidata', value: (m) => m.ids.wikidata ?? '' },
  { name: 'sipri', value: (m) => m.ids.sipri ?? '' },
  { name: 'summary', value: (m) => m.summary.trim() },
  { name: 'sources', value: (m) => m.sources.map((source) => source.url) },
];

/** One dated figure of one mission, as a row of missions-series.csv. */
interface SeriesRow {
  mission: Data;
  value: Data['series'][number];
}

/** The columns of missions-series.csv, in order. */
export const SERIES_COLUMNS: Column<SeriesRow>[] = [
  { name: 'id', value: (r) => r.mission.id },
  { name: 'measure', value: (r) => r.value.measure },
  { name: 'type', value: (r) => r.value.type ?? '' },
  { name: 'date', value: (r) => r.value.date },
  { name: 'value', value: (r) => r.value.value },
  { name: 'countries', value: (r) => r.value.countries ?? [] },
  { name: 'source', value: (r) => r.mission.sources.find((s) => s.key === r.value.source)?.url ?? '' },
];

/** One record per mission: the fields of missions.json, the columns of missions.csv. */
export const exportRecord = ({ data }: Mission) =>
  Object.fromEntries(MISSION_COLUMNS.map(({ name, value }) => [name, value(data)]));

/** The dated figures of every mission, as records. */
export const seriesRecords = (missions: Mission[]) =>
  missions.flatMap(({ data }) =>
    data.series.map((value) =>
      Object.fromEntries(SERIES_COLUMNS.map(({ name, value: cell }) => [name, cell({ mission: data, value })])),
    ),
  );

const csvCell = (value: unknown) => {
  const text = Array.isArray(value) ? value.join('; ') : String(value);
  return /[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV: comma-separated, quoted where needed; lists joined with "; ". */
function csv(columns: { name: string }[], records: Record<string, unknown>[]): string {
  return (
    [
      columns.map(({ name }) => name).join(','),
      ...records.map((record) => columns.map(({ name }) => csvCell(record[name])).join(',')),
    ].join('\r\n') + '\r\n'
  );
}

export const toCsv = (missions: Mission[]) => csv(MISSION_COLUMNS, missions.map(exportRecord));
export const toSeriesCsv = (missions: Mission[]) => csv(SERIES_COLUMNS, seriesRecords(missions));
