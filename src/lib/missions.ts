import { getCollection, type CollectionEntry } from 'astro:content';
import { withBase } from './paths';

export type Mission = CollectionEntry<'missions'>;

/** "1948–", "1958", "1991–2003": the years a mission ran. */
export function missionYears({ start, end }: Pick<Mission['data'], 'start' | 'end'>, present = 'present'): string {
  const from = start.slice(0, 4);
  if (!end) return `${from}–${present}`;
  const to = end.slice(0, 4);
  return from === to ? from : `${from}–${to}`;
}

export const missionUrl = (id: string) => withBase(`/missions/${id}/`);

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

/** All missions, checked, oldest first. */
export async function getMissions(): Promise<Mission[]> {
  const missions = await getCollection('missions');
  const problems = missionIdProblems(missions);
  if (problems.length > 0) throw new Error(`Mission data errors:\n${problems.join('\n')}`);
  return missions.sort(
    (a, b) => a.data.start.localeCompare(b.data.start) || a.data.acronym.localeCompare(b.data.acronym),
  );
}
