import type { Term } from './query.ts';

/**
 * What looking a word up downloads: an ordinary chunk, or a larger entry of its own. `heavy` lists such
 * entries by stem and by every form the site's text uses (built in src/integrations/pagefind/site-words.ts).
 */
export interface LookupCosts {
  chunkBytes: number;
  heavy: ReadonlyMap<string, number>;
}

/**
 * What one query may download of the index, and at most how many words it looks up, synonyms included.
 * Each lookup downloads the index chunk that holds the word (its size grows with the site), or, for a
 * word on a large share of the pages, an entry of its own that can weigh far more.
 * The words as typed come first, the cheapest (which are also the rarest, and tell pages apart best)
 * before the others, until the budget is spent; synonyms fill what is left, a few per term.
 */
const INDEX_BUDGET_BYTES = 96 * 1024;
const MAX_LOOKUPS = 12;
const MAX_SYNONYMS_PER_TERM = 3;

const wordsOf = (form: string) => form.replace(/"/g, '').split(' ');

/** Endings a typed word may add to a stem of the index, for a form the site's text does not use. */
const INFLECTION =
  /^(?:e|s|es|d|ed|ing|ion|ions|ation|ations|ate|ates|ated|ating|er|ers|or|ors|ment|ments|al|ly|ies|ied)$/;

/** The size of a word's own index entry when it is a heavy one, else undefined. */
export function heavyEntryBytes(word: string, heavy: ReadonlyMap<string, number>): number | undefined {
  const lower = word.toLowerCase();
  const exact = heavy.get(lower);
  if (exact !== undefined) return exact;
  for (let end = lower.length - 1; end >= 2; end--) {
    const bytes = heavy.get(lower.slice(0, end));
    if (bytes !== undefined && INFLECTION.test(lower.slice(end))) return bytes;
  }
  return undefined;
}

/** The query's terms with their forms cut to the budget, and the typed terms it had no room for. */
export function withinBudget(terms: Term[], { chunkBytes, heavy }: LookupCosts): { terms: Term[]; leftOut: string[] } {
  const cost = (form: string) =>
    wordsOf(form).reduce((sum, word) => sum + Math.max(chunkBytes, heavyEntryBytes(word, heavy) ?? 0), 0);
  let bytes = 0;
  let lookups = 0;
  const fits = (form: string, countLookups: boolean) =>
    bytes + cost(form) <= INDEX_BUDGET_BYTES && (!countLookups || lookups + wordsOf(form).length <= MAX_LOOKUPS);
  const take = (form: string) => {
    bytes += cost(form);
    lookups += wordsOf(form).length;
    return form;
  };
  const kept = new Map<number, string[]>();
  const byCost = terms.map((_, i) => i).sort((a, b) => cost(terms[a].forms[0]) - cost(terms[b].forms[0]));
  // The typed words count against the bytes only: a long question keeps every word it can afford.
  for (const i of byCost) if (fits(terms[i].forms[0], false)) kept.set(i, [take(terms[i].forms[0])]);
  for (let round = 1; round <= MAX_SYNONYMS_PER_TERM; round++) {
    for (const [i, forms] of kept) {
      const form = terms[i].forms[round];
      if (form && fits(form, true)) forms.push(take(form));
    }
  }
  return {
    terms: terms.flatMap((term, i) => (kept.has(i) ? [{ ...term, forms: kept.get(i)! }] : [])),
    leftOut: terms.filter((_, i) => !kept.has(i)).map((term) => term.typed),
  };
}
