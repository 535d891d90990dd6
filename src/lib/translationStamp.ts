/**
 * Whether a translated block still matches its English original. A mission file's `ar:` block and an
 * Arabic glossary entry carry `translates`, a short fingerprint of the English words they were
 * translated from. When the English words change, the fingerprint no longer matches: the Arabic page
 * says so and links the English, until a reviewer updates the translation and stamps it again
 * (`npm run translations:stamp`). A block without a stamp has never been checked and counts as behind.
 */
import { createHash } from 'node:crypto';

/** The English words a mission's `ar:` block translates (numbers, dates and sources are shared). */
export interface MissionOriginal {
  acronym: string;
  name: string;
  location: string[];
  hq: string;
  summary: string;
  mandate: string;
  peak_strength?: { unit: string; date: string } | undefined;
}

/** The English words of a glossary entry. */
export interface GlossaryOriginal {
  term: string;
  aka: string[];
  definition: string;
}

export const missionOriginal = (data: MissionOriginal): MissionOriginal => ({
  acronym: data.acronym,
  name: data.name,
  location: data.location,
  hq: data.hq,
  summary: data.summary,
  mandate: data.mandate,
  peak_strength: data.peak_strength && { unit: data.peak_strength.unit, date: data.peak_strength.date },
});

export const glossaryOriginal = (data: GlossaryOriginal): GlossaryOriginal => ({
  term: data.term,
  aka: data.aka,
  definition: data.definition,
});

/**
 * Eight hex digits of a SHA-256 over the words, with runs of white space made one space: re-flowing a
 * YAML paragraph is not a change a translator needs to see.
 */
export function stampOf(original: MissionOriginal | GlossaryOriginal): string {
  const normalised = JSON.stringify(original, (_key, value: unknown) =>
    typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : value,
  );
  return createHash('sha256').update(normalised).digest('hex').slice(0, 8);
}

/** True when a translation stamped `stamp` no longer matches `original`. */
export const isBehind = (stamp: string | undefined, original: MissionOriginal | GlossaryOriginal) =>
  stamp !== stampOf(original);
