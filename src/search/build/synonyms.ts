import { searchWords } from '../core/words.ts';

/** A synonym group as written in content/search/synonyms.<lang>.yaml. */
export interface SynonymEntry {
  id: string;
  words: string[];
}

/** A glossary term and its other names, which search treats as synonyms of each other. */
export interface GlossaryNames {
  id: string;
  term: string;
  aka: string[];
}

const normalise = (entry: string) => searchWords(entry).join(' ');

/**
 * Problems that must fail the build, each naming the file and the group: an id used twice, a word in
 * two groups, a word twice in one group.
 */
export function synonymProblems(file: string, entries: SynonymEntry[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  for (const { id, words } of entries) {
    if (ids.has(id)) problems.push(`${file}: the group id "${id}" is used twice`);
    ids.add(id);
    const seen = new Set<string>();
    for (const word of words) {
      const key = normalise(word);
      if (seen.has(key)) problems.push(`${file}: group "${id}" lists "${word}" twice`);
      else if (owner.has(key)) problems.push(`${file}: "${word}" is in group "${owner.get(key)}" and in group "${id}"`);
      seen.add(key);
      if (!owner.has(key)) owner.set(key, id);
    }
  }
  return problems;
}

/**
 * The groups the search box uses: the reviewed list, then each glossary term with its other names. A
 * glossary name that is already in a group joins that group, so every word ends up in one group only.
 * Entries the search box would not look up (`usable`: say, a phrase with a function word) are left out,
 * so the browser downloads none.
 */
export function synonymGroups(
  entries: SynonymEntry[],
  glossary: GlossaryNames[],
  usable: (entry: string) => boolean = () => true,
): string[][] {
  const groups = entries.map(({ words }) => words.map(normalise));
  const groupOf = new Map<string, string[]>();
  for (const group of groups) for (const word of group) groupOf.set(word, group);
  for (const { term, aka } of glossary) {
    const names = [term, ...aka].map(normalise).filter(Boolean);
    if (new Set(names).size < 2) continue;
    const existing = names.map((name) => groupOf.get(name)).find(Boolean);
    const group = existing ?? [];
    if (!existing) groups.push(group);
    for (const name of names) {
      if (groupOf.has(name) && groupOf.get(name) !== group) continue; // Already said elsewhere: keep the first group.
      if (!group.includes(name)) group.push(name);
      groupOf.set(name, group);
    }
  }
  return groups.map((group) => group.filter(usable)).filter((group) => group.length > 1);
}

/**
 * Each group with one entry per root (`rootOf`): Pagefind finds "deaths" when asked for "death", so of
 * the entries that differ only by an ending, the first is enough, and the others would only cost lookups.
 */
export function onePerRoot(groups: string[][], rootOf: (entry: string) => string): string[][] {
  return groups
    .map((group) => group.filter((entry, i) => group.findIndex((other) => rootOf(other) === rootOf(entry)) === i))
    .filter((group) => group.length > 1);
}
