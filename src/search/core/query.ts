import { searchWords } from './words.ts';
import {
  ARABIC_STOP_WORDS,
  ENGLISH_STOP_WORDS,
  FIGURE_QUESTION,
  MAX_LOOKUPS,
  MAX_SYNONYMS_PER_TERM,
} from '../ranking.ts';

/**
 * What the reader typed, turned into terms to look up: pure functions, shared by the search box and
 * the unit tests. A term is one word of the query (or a run of words that a synonym group names),
 * with the other ways the site may say it.
 */

const STOP_WORDS = new Set([...ENGLISH_STOP_WORDS.split(' '), ...ARABIC_STOP_WORDS.split(' ')]);

/** A function or question word (../ranking.ts), looked up only when a query has nothing else. */
export const isStopWord = (word: string) => STOP_WORDS.has(word);

const ARABIC_WORD = /^[\u0621-\u064A]+$/;

/**
 * An Arabic word that may be a preposition (ل, ب, ك, after و or ف) joined to a word without the
 * article, as in لهايتي or بسوريا, without it; the stemmer files the two apart. Tried only when the
 * word as typed is on no page, because as many words begin with those letters (بعثة is not ب + عثة).
 */
export function withoutJoinedPreposition(word: string): string | undefined {
  return /^[وف]?[لبك](?!ل)([\u0621-\u064A]{4,})$/.exec(word)?.[1];
}

/**
 * Other spellings of an Arabic word that Pagefind's Arabic stemmer does not join to it: "و" or "ف"
 * (and) before the article or a preposition stays on the stem (والبعثة is filed apart from البعثة); a
 * feminine plural is filed apart from its singular (بعثات, بعثة); and a short word with the article is
 * filed apart from the word without it (القوة, قوة). Checked against Pagefind's own search on the
 * built site by tests/build/search-drift.test.ts.
 */
export function arabicForms(word: string): string[] {
  if (!ARABIC_WORD.test(word)) return [];
  const forms = new Set<string>();
  const bare = /^[وف](?=(ال|بال|لل|كال|وال)[\u0621-\u064A]{2})/.test(word) ? word.slice(1) : word;
  if (bare !== word) forms.add(bare);
  if (/^[\u0621-\u064A]{3,}ات$/.test(bare)) forms.add(`${bare.slice(0, -2)}ة`);
  if (!bare.startsWith('ال') && bare.length === 3) forms.add(`ال${bare}`);
  forms.delete(word);
  return [...forms];
}

/** One thing to look up: the words as typed, and every way of saying it (the typed form first). */
export interface Term {
  /** The query's own words for it, as typed (for messages and highlighting). */
  typed: string;
  /** What to hand to Pagefind, one search each: a word, or a quoted phrase. */
  forms: string[];
}

/** Synonym groups: each list is words or phrases that mean the same for a reader searching. */
export type SynonymGroups = readonly (readonly string[])[];

/** Index from a word or phrase (as `searchWords` cuts it, joined by spaces) to its group. */
export function synonymIndex(groups: SynonymGroups): Map<string, readonly string[]> {
  const index = new Map<string, readonly string[]>();
  for (const group of groups) {
    const normalised = group.map((entry) => searchWords(entry).join(' ')).filter(Boolean);
    for (const entry of normalised) index.set(entry, normalised);
  }
  return index;
}

/**
 * A word without the English endings that Pagefind's stemmer removes too (plural s, -es, -ed, -ing,
 * -y/-ies), only to tell when two synonyms would find the same pages. Not a stemmer: it need only
 * never join two words that Pagefind keeps apart, and it errs on the side of keeping them apart.
 */
export const roughRoot = (entry: string) =>
  entry
    .split(' ')
    .map((word) => (word.length > 4 ? word.replace(/(ies|es|s|ed|ing|y)$/, '') : word))
    .join(' ');

/** How a form is searched: a phrase in quotes (Pagefind then matches its words in order). */
const asForm = (entry: string) => (entry.includes(' ') ? `"${entry}"` : entry);

export interface QueryPlan {
  /** The whole query was a quoted phrase: it is searched as one, exactly. */
  phrase?: string;
  terms: Term[];
  /** The question asks for a number or a date ("how many", "when"): sections with figures answer it. */
  wantsFigure?: boolean;
}

/** The longest run of query words, starting at `start`, that a synonym group names. */
function synonymAt(words: string[], start: number, synonyms: Map<string, readonly string[]>, longest: number) {
  for (let length = Math.min(longest, words.length - start); length > 1; length--) {
    const run = words.slice(start, start + length).join(' ');
    const group = synonyms.get(run);
    if (group) return { length, run, group };
  }
  return undefined;
}

/**
 * Turns the typed query into terms: function words dropped (unless nothing else is left), repeated
 * words once, each word or synonym phrase with its alternative forms. Synonyms that need one of the
 * site's `frequent` words (./engine.ts) are left out: their lookup would download that word's large
 * index entry, for a word the reader did not type.
 */
export function planQuery(
  query: string,
  {
    frequent = new Set<string>(),
    synonyms = new Map<string, readonly string[]>(),
  }: { frequent?: ReadonlySet<string>; synonyms?: Map<string, readonly string[]> } = {},
): QueryPlan {
  const trimmed = query.trim();
  if (/^".+"$/s.test(trimmed)) return { phrase: trimmed, terms: [{ typed: trimmed.slice(1, -1), forms: [trimmed] }] };
  const words = searchWords(trimmed);
  const longest = Math.max(1, ...[...synonyms.keys()].map((key) => key.split(' ').length));
  const terms: Term[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < words.length;) {
    const multi = synonymAt(words, i, synonyms, longest);
    const typed = multi ? multi.run : words[i];
    const group = multi ? multi.group : synonyms.get(words[i]);
    i += multi ? multi.length : 1;
    if (seen.has(typed)) continue;
    seen.add(typed);
    const cheap = (entry: string) => entry.split(' ').every((word) => !frequent.has(word));
    const spellings = typed.includes(' ') ? [] : arabicForms(typed);
    const forms = [
      ...new Set([typed, ...spellings, ...(group ?? []).filter((entry) => entry !== typed && cheap(entry))]),
    ].map(asForm);
    terms.push({ typed, forms });
  }
  const meaningful = terms.filter((term) => !isStopWord(term.typed));
  const wantsFigure = FIGURE_QUESTION.test(words.join(' ')) || /\bnumber of\b/.test(words.join(' '));
  return { terms: meaningful.length > 0 ? meaningful : terms, wantsFigure };
}

const wordsOf = (form: string) => form.replace(/"/g, '').split(' ');

/**
 * The terms with their forms cut to what one query looks up (src/search/ranking.ts): every word as
 * typed, then the first synonyms of each term in turns, while the lookups stay within `MAX_LOOKUPS`.
 */
export function withinLookups(terms: Term[]): Term[] {
  let lookups = terms.reduce((sum, term) => sum + wordsOf(term.forms[0]).length, 0);
  const kept = terms.map((term) => [term.forms[0]]);
  for (let round = 1; round <= MAX_SYNONYMS_PER_TERM; round++) {
    terms.forEach((term, i) => {
      const form = term.forms[round];
      if (!form || lookups + wordsOf(form).length > MAX_LOOKUPS) return;
      kept[i].push(form);
      lookups += wordsOf(form).length;
    });
  }
  return terms.map((term, i) => ({ ...term, forms: kept[i] }));
}
