import { getCollection, type CollectionEntry } from 'astro:content';
import { withBase } from './paths';
import { DEFAULT_LANG, type Lang } from '../i18n/ui';
import { localePath } from '../i18n/routing';
import { unitAfter } from './plural';
import { isBehind, missionOriginal } from './translationStamp';

export type Mission = CollectionEntry<'missions'>;

/** "1948–", "1958", "1991–2003": the years a mission ran. */
export function missionYears({ start, end }: Pick<Mission['data'], 'start' | 'end'>, present = 'present'): string {
  const from = start.slice(0, 4);
  if (!end) return `${from}–${present}`;
  const to = end.slice(0, 4);
  return from === to ? from : `${from}–${to}`;
}

export const missionUrl = (id: string, lang: Lang = DEFAULT_LANG) => withBase(localePath(lang, `/missions/${id}/`));

/**
 * Problems that must fail the build: a mission whose `id` differs from its file name, or two
 * missions with one id. Messages name the files.
 */
export function missionIdProblems(missions: { id: string; filePath?: string; data: { id: string } }[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const mission of missions) {
    const file = mission.filePath ?? mission.id;
    const other = seen.get(mission.data.id);
    if (other) problems.push(`${file}: duplicate mission id "${mission.data.id}" (also in ${other})`);
    else seen.set(mission.data.id, file);
    if (mission.data.id !== mission.id)
      problems.push(`${file}: id "${mission.data.id}" must match the file name ("${mission.id}")`);
  }
  return problems;
}

/**
 * A mission in `lang`: its name, places, headquarters, summary, mandate and atlas label from the
 * mission's reviewed block for that language; numbers, dates, codes and sources are the same in every
 * language.
 */
export function localMission(mission: Mission, lang: Lang): Mission & { label: string; translationBehind: boolean } {
  const words = lang === 'ar' ? mission.data.ar : undefined;
  if (!words) return { ...mission, label: mission.data.acronym, translationBehind: false };
  const { peak_strength_unit, peak_strength_date, label, translates, ...text } = words;
  const peak = mission.data.peak_strength;
  return {
    ...mission,
    label: label ?? mission.data.acronym,
    translationBehind: isBehind(translates, missionOriginal(mission.data)),
    data: {
      ...mission.data,
      ...text,
      peak_strength: peak && {
        ...peak,
        unit: peak_strength_unit ? unitAfter(peak.value, peak_strength_unit, lang) : peak.unit,
        date: peak_strength_date ?? peak.date,
      },
    },
  };
}

/**
 * Problems in a mission's dated figures that must fail the build, naming the file and the row: a figure
 * whose source key is not among the mission's sources, and a figure older than the one before it of the
 * same measure and type (each list is oldest first).
 */
export function seriesProblems(file: string, data: Mission['data']): string[] {
  const problems: string[] = [];
  const keys = new Set(data.sources.flatMap((source) => (source.key ? [source.key] : [])));
  const last = new Map<string, string>();
  data.series.forEach((value, i) => {
    const row = `${file}: series[${i}] (${value.measure}${value.type ? ` ${value.type}` : ''}, ${value.date})`;
    if (!keys.has(value.source)) problems.push(`${row}: source "${value.source}" is not the key of one of its sources`);
    const kind = `${value.measure}/${value.type ?? ''}`;
    const before = last.get(kind);
    if (before && value.date < before)
      problems.push(`${row}: comes after a figure of ${before}; list each oldest first`);
    last.set(kind, value.date);
    if (value.measure === 'contributors' && value.countries && value.countries.length !== value.value)
      problems.push(`${row}: lists ${value.countries.length} countries but gives ${value.value}`);
  });
  return problems;
}

/**
 * All missions, checked, oldest first, in `lang`. Once any mission has words in a language, a mission
 * without them fails the build: the atlas would otherwise mix languages.
 */
export type LocalMission = ReturnType<typeof localMission>;

/** An acronym proper ("UNTSO", "UNAVEM II"), not a phrase in another language ("UN Mission in Colombia"). */
const isAcronym = (text: string) => /^[A-Z][A-Z0-9./&\-–]*( [IVX]+| \d+)?$/.test(text);

/**
 * A mission's page heading from the language's pattern (`{acronym}: {name}`, or in Arabic
 * `{name} ({acronym})`): in English always with the acronym; in another language with the Latin
 * acronym only when it is one, which readers type into search, and otherwise the name alone.
 */
export function missionHeading(mission: LocalMission, pattern: string, lang: Lang): string {
  const { acronym, name } = mission.data;
  if (lang !== DEFAULT_LANG && !isAcronym(acronym)) return name;
  return pattern.replace('{acronym}', acronym).replace('{name}', name);
}

export async function getMissions(lang: Lang = DEFAULT_LANG): Promise<LocalMission[]> {
  const missions = await getCollection('missions');
  const problems = [
    ...missionIdProblems(missions),
    ...missions.flatMap((mission) => seriesProblems(mission.filePath ?? mission.id, mission.data)),
  ];
  if (lang === 'ar' && missions.some((mission) => mission.data.ar))
    for (const mission of missions)
      if (!mission.data.ar)
        problems.push(`${mission.filePath ?? mission.id}: no "ar:" block with the mission's Arabic words`);
  if (problems.length > 0) throw new Error(`Mission data errors:\n${problems.join('\n')}`);
  return missions
    .map((mission) => localMission(mission, lang))
    .sort((a, b) => a.data.start.localeCompare(b.data.start) || a.data.acronym.localeCompare(b.data.acronym));
}
