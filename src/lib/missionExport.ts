import { uiStrings } from '../i18n/ui';
import { fill } from '../i18n/fill';
import type { Mission } from './missions';

/** The licence of the atlas data: its name, and the address of its text. */
export const LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

/** The licence line carried inside the downloads, where the address is written out. */
export const DATA_LICENCE = fill(uiStrings('en').atlas.licence, { licence: `${LICENCE.name} (${LICENCE.url})` });

/** One flat record per mission: the shape of both downloads. */
export function exportRecord({ data }: Mission) {
  return {
    id: data.id,
    acronym: data.acronym,
    name: data.name,
    organisation: data.organisation,
    start: data.start,
    end: data.end,
    location: data.location,
    hq: data.hq,
    lat: data.coordinates.lat,
    lon: data.coordinates.lon,
    tasks: data.tasks,
    mandate: data.mandate,
    peak_strength: data.peak_strength
      ? `${data.peak_strength.value} ${data.peak_strength.unit} (${data.peak_strength.date})`
      : '',
    summary: data.summary.trim(),
    sources: data.sources.map((source) => source.url),
  };
}

const CSV_COLUMNS = [
  'id',
  'acronym',
  'name',
  'organisation',
  'start',
  'end',
  'location',
  'hq',
  'lat',
  'lon',
  'tasks',
  'mandate',
  'peak_strength',
  'summary',
  'sources',
] as const;

const csvCell = (value: unknown) => {
  const text = Array.isArray(value) ? value.join('; ') : String(value);
  return /[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV: comma-separated, quoted where needed; lists joined with "; ". */
export function toCsv(missions: Mission[]): string {
  const records = missions.map(exportRecord);
  const header = CSV_COLUMNS;
  return (
    [
      header.join(','),
      ...records.map((record) => header.map((key) => csvCell(record[key as keyof typeof record])).join(',')),
    ].join('\r\n') + '\r\n'
  );
}
