import { roughRoot, type Term } from './query.ts';

/** What looking a word up downloads: an ordinary chunk, or a larger entry of its own (by rough root). */
export interface LookupCosts {
  chunkBytes: number;
  heavy: ReadonlyMap<string, number>;
}

/**
 * What one query may download of the index, and at most how many words it looks up, synonyms included.
 * Each lookup downloads the index chunk that holds the word (under 1 KB here, about 7 KB at 10,000
 * articles), or, for a word on a large share of the pages, an entry of its own that can weigh far more.
 * The words as typed come first, the cheapest (which are also the rarest, and tell pages apart best)
 * before the others, until the budget is spent; synonyms fill what is left, a few per term.
 */
const INDEX_BUDGET_BYTES = 96 * 1024;
const MAX_LOOKUPS = 12;
const MAX_SYNONYMS_PER_TERM = 3;

const wordsOf = (form: string) => form.replace(/"/g, '').split(' ');

/** The query's terms with their forms cut to the budget, and the typed terms it had no room for. */
export function withinBudget(terms: Term[], { chunkBytes, heavy }: LookupCosts): { terms: Term[]; leftOut: string[] } {
  const cost = (form: string) =>
    wordsOf(form).reduce((sum, word) => sum + (heavy.get(roughRoot(word)) ?? chunkBytes), 0);
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
