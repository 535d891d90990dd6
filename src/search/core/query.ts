import { searchWords } from './words.ts';

/**
 * What the reader typed, turned into terms to look up: pure functions, shared by the search box and
 * the unit tests. A term is one word of the query (or a run of words that a synonym group names),
 * with the other ways the site may say it.
 */

/**
 * English function words: Lucene's default English stop set, plus the question words, auxiliaries and
 * time words that readers put around a question ("when was", "how soon must", "today"), which the
 * answering text seldom repeats. Pagefind indexes every word,
 * and a query downloads the whole index entry of each of its words; these are on nearly every page, so
 * their entries grow with the site while they tell pages apart not at all.
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with ' +
    'what when where which who whom whose why how did do does done has have had can could would should were been being ' +
    'i me my we our you your many much any some both either neither each about must may might shall soon today now nowadays currently also besides other than'
  ).split(' '),
);

/**
 * Arabic function and question words, written as `searchWords` writes them (no hamza on alef: الى,
 * اي): prepositions, pronouns and question words that a reader's question carries and the answering
 * text does not need to repeat.
 */
const ARABIC_STOP_WORDS = new Set(
  (
    'في من الى على عن مع ما ماذا متى كم هل اين كيف لماذا لم لن قد ثم او ام بل ان انه انها كان كانت يكون تكون ' +
    'هو هي هم هذا هذه ذلك تلك الذي التي الذين اللذين اي كل بعض عند منذ حتى بين خلال لدى غير ايضا الان اليوم تابعة التابعة'
  ).split(' '),
);

export const isStopWord = (word: string) => STOP_WORDS.has(word) || ARABIC_STOP_WORDS.has(word);

const ARABIC_WORD = /^[\u0621-\u064A]+$/;

/**
 * Other spellings of an Arabic word that Pagefind's Arabic stemmer does not join to it, measured on this
 * site's index: "و" or "ف" (and) before the article or a preposition stays on the stem (والبعثة is
 * filed apart from البعثة); a feminine plural is filed apart from its singular (بعثات, بعثة); and a
 * short word with the article is filed apart from the word without it (القوة, قوة).
 */
/**
 * An Arabic word that may be a preposition (ل, ب, ك, after و or ف) joined to a word without the
 * article, as in لهايتي or بسوريا, without it; the stemmer files the two apart. Tried only when the
 * word as typed is on no page, because as many words begin with those letters (بعثة is not ب + عثة).
 */
export function withoutJoinedPreposition(word: string): string | undefined {
  return /^[وف]?[لبك](?!ل)([\u0621-\u064A]{4,})$/.exec(word)?.[1];
}

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

/** Question openings whose answer is a number or a date (in Arabic: how many, when, in which year, the number of). */
const FIGURE_QUESTION =
  /^(how (many|much|long|old|big|large|strong)|when|what (year|date|time|day)|in what year|number of)\b|^(كم|متى|في اي (عام|سنة|تاريخ)|ما عدد|عدد)(\s|$)/;

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
 * Turns the typed query into terms: function words and the site's `commonWords` dropped (unless nothing
 * else is left), repeated words once, each word or synonym phrase with its alternative forms.
 */
export function planQuery(
  query: string,
  {
    commonWords = new Set<string>(),
    synonyms = new Map<string, readonly string[]>(),
  }: { commonWords?: ReadonlySet<string>; synonyms?: Map<string, readonly string[]> } = {},
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
    // A synonym that needs one of the site's common words would download that word's large index
    // entry: such forms are left out. (The build already left out those with function words, and
    // those that differ from another only by an ending: src/pages/search-data.[lang].json.ts.)
    const cheap = (entry: string) => entry.split(' ').every((word) => !commonWords.has(word));
    const spellings = typed.includes(' ') ? [] : arabicForms(typed);
    const forms = [
      ...new Set([typed, ...spellings, ...(group ?? []).filter((entry) => entry !== typed && cheap(entry))]),
    ].map(asForm);
    terms.push({ typed, forms });
  }
  const meaningful = terms.filter((term) => !isStopWord(term.typed));
  const distinctive = meaningful.filter((term) => !commonWords.has(term.typed));
  const wantsFigure = FIGURE_QUESTION.test(words.join(' ')) || /\bnumber of\b/.test(words.join(' '));
  if (distinctive.length > 0) return { terms: distinctive, wantsFigure };
  return { terms: meaningful.length > 0 ? meaningful : terms, wantsFigure };
}
