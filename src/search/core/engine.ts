import { planQuery, withinLookups, withoutJoinedPreposition, type Term } from './query.ts';
import type { PagefindApi, PagefindResult } from './pagefind-api.ts';
import type { LoadedPage } from './loader.ts';
import { contentWords, sectionAt } from './sections.ts';
import type { FrequentWord, PageOutline } from '../contract.ts';
import {
  ENOUGH_RESULTS,
  EXCERPT_LEAD,
  EXCERPT_WORDS,
  FIGURES,
  FREQUENT_CANDIDATES,
  MIN_TERM_WEIGHT,
  NEAR,
  PHRASE_GAP,
  PHRASE_SHARE,
  PARTIAL_SHARE,
  PROXIMITY_SHARE,
  REPEAT_SHARE,
} from '../ranking.ts';

/**
 * Runs a reader's query against Pagefind and ranks what it finds, the way hosted search engines treat
 * words as optional when a strict match finds too little:
 * - every term is looked up on its own (with its synonyms), so a word that is on no page does not
 *   empty the whole result list; the index chunks a query needs are the same as for one search with
 *   all its words, so this costs no more download;
 * - a term found nowhere is replaced by the closest word the site does contain, when one is close;
 * - pages that hold more of the query, and its rarer words, come first; among equals, Pagefind's own
 *   score (BM25) decides;
 * - a frequent word (one whose lookup downloads a large index entry, src/search/ranking.ts) is not
 *   looked up when the query has other words: they find the pages, and the best of them are ranked
 *   again with the frequent word too, from its positions in their outlines; a query of frequent words
 *   only looks up the one whose lookup costs least. No word the reader typed is left out unsaid: one
 *   that could not be used is named in `unused`;
 * - within a page, the sections holding the most query terms come first, with excerpts built around
 *   the place where the terms cluster.
 * Runs in the browser and, for tests and the benchmark, in Node (tests/helpers/node-search.ts).
 */

export interface EngineData {
  synonyms: Map<string, readonly string[]>;
  pageCount: number;
  /** The site's frequent words as typed (src/search/contract.ts), empty when none costs that much. */
  frequent: ReadonlyMap<string, FrequentWord>;
  /**
   * The closest word the site has to one that matches nothing ("Did you mean"), if one is close. The
   * browser loads the vocabulary and the code for it only then.
   */
  suggest: (word: string) => Promise<string | undefined>;
  /**
   * A result's page outline, for a frequent word's positions on it: `frequent` is missing when the
   * outline could not be had from the build's files, and the word cannot be scored there.
   */
  outline: (result: PagefindResult) => Promise<PageOutline>;
}

/** A page's results for one term: one per form of the term the page holds, the best score, the places. */
interface TermOnPage {
  results: PagefindResult[];
  score: number;
  positions: number[];
}

interface TermHits {
  term: Term;
  pages: Map<string, TermOnPage>;
  weight: number;
}

export interface PageHit {
  id: string;
  /** The Pagefind results of each term the page holds, keyed by the term's position in `terms`. */
  results: Map<number, PagefindResult[]>;
  coverage: number;
  score: number;
}

export interface Outcome {
  terms: Term[];
  hits: PageHit[];
  /** No page holds every term: `hits` hold some of them, those with more (and rarer) terms first. */
  partial: boolean;
  /** Terms no page holds, even spelt otherwise. */
  missing: string[];
  /** Terms no page holds as typed, searched as the closest word the site has. */
  corrected: { from: string; to: string }[];
  /** Frequent words that could not be scored on the best pages (their outlines could not be had). */
  unused: string[];
  /** Term weights (rarer terms weigh more), in `terms` order. */
  weights: number[];
  /** The question asks for a number or a date. */
  wantsFigure: boolean;
}

/**
 * Every page that holds one of the term's forms. Pagefind also returns pages for words that only
 * resemble the one asked for ("armistce" finds "arms"); the same word in quotes finds only the word
 * itself (and its endings), so those pages are kept and the rest dropped. That way a misspelt word
 * counts as found nowhere, and is corrected. Both searches read the same index chunk.
 */
async function lookUp(
  pagefind: PagefindApi,
  term: Term,
  filters: Record<string, string>,
): Promise<Map<string, TermOnPage>> {
  const pages = new Map<string, TermOnPage>();
  await preload(pagefind, [term], filters);
  const searches = await Promise.all(
    term.forms.map(async (form) => {
      const quoted = form.startsWith('"') ? form : `"${form}"`;
      const [ranked, exact] = await Promise.all([
        pagefind.search(form, { filters }),
        quoted === form ? undefined : pagefind.search(quoted, { filters }),
      ]);
      const found = exact ? new Set(exact.results.map((result) => result.id)) : undefined;
      return (ranked?.results ?? []).filter((result) => !found || found.has(result.id));
    }),
  );
  for (const results of searches) {
    for (const result of results) {
      const page = pages.get(result.id) ?? { results: [], score: 0, positions: [] };
      page.results.push(result);
      page.score = Math.max(page.score, result.score);
      page.positions.push(...(result.words ?? []));
      pages.set(result.id, page);
    }
  }
  return pages;
}

/**
 * Loads the index chunks the terms' searches need before any of them runs. Pagefind searches among the
 * words of every chunk it has loaded (a word also matches where longer words begin with it), so a
 * search that ran while another term's chunk was still on its way would find less than the same search
 * run a moment later: with every chunk in first, a query finds the same whatever the timing.
 */
const preload = (pagefind: PagefindApi, terms: Term[], filters: Record<string, string>) =>
  Promise.all(terms.flatMap((term) => term.forms).map((form) => pagefind.preload(form, { filters })));

/**
 * The fewest words from a place of `first` forward to a place of `second` (1: next to each other), or
 * Infinity when `second` never follows. A frequent word has hundreds of places on a long page, so the
 * pairs are walked, not gathered.
 */
function phraseGap(first: number[], second: number[]) {
  let gap = Infinity;
  for (const p of first)
    for (const q of second) {
      if (q > p && q - p < gap) gap = q - p;
      if (gap === 1) return gap;
    }
  return gap;
}

/**
 * For each pair of terms found within `NEAR` words of each other on the page, a share of the lighter
 * one's weight; and another share when they stand in the order they were typed, at most `PHRASE_GAP`
 * words apart ("military observers", "observers and peacekeepers"), as the question said them. `order`
 * gives each term's place in the query (-1 for a word the query did not type, such as a correction).
 */
function proximityBonus(positions: Map<number, number[]>, weights: number[], order: number[]) {
  const terms = [...positions];
  let bonus = 0;
  terms.forEach(([a, here], i) => {
    for (const [b, there] of terms.slice(i + 1)) {
      const lighter = Math.min(weights[a], weights[b]);
      if (here.some((p) => there.some((q) => p !== q && Math.abs(p - q) <= NEAR))) bonus += lighter * PROXIMITY_SHARE;
      if (order[a] < 0 || order[b] < 0) continue;
      const [first, second] = order[a] < order[b] ? [here, there] : [there, here];
      const gap = phraseGap(first, second);
      if (gap <= PHRASE_GAP) bonus += (lighter * PHRASE_SHARE) / gap;
    }
  });
  return bonus;
}

/** Inverse document frequency, as BM25 weighs a word: rare words tell pages apart, common ones do not. */
const idf = (pageCount: number, pagesWith: number) => Math.log(1 + (pageCount - pagesWith + 0.5) / (pagesWith + 0.5));

/** The term's frequent-word entry, when it is a single word the build found frequent. */
const frequentOf = (term: Term, data: EngineData) =>
  term.typed.includes(' ') ? undefined : data.frequent.get(term.typed);

/** Of the frequent terms, the one whose lookup downloads least (and, among equals, is on the fewest pages). */
function cheapest(terms: Term[], data: EngineData): Term | undefined {
  const cost = (term: Term) => frequentOf(term, data) ?? ['', Infinity, Infinity];
  return [...terms].sort((a, b) => cost(a)[2] - cost(b)[2] || cost(a)[1] - cost(b)[1])[0];
}

export async function runQuery(
  pagefind: PagefindApi,
  query: string,
  data: EngineData,
  filters: Record<string, string> = {},
): Promise<Outcome> {
  const plan = planQuery(query, { synonyms: data.synonyms, frequent: new Set(data.frequent.keys()) });
  // Frequent words are scored from the best pages' outlines, not looked up; a query of nothing else
  // looks up its cheapest one.
  const scored = plan.phrase ? [] : plan.terms.filter((term) => frequentOf(term, data));
  const lookedUp = withinLookups(plan.terms.filter((term) => !scored.includes(term)));
  const lookUpCheapest = () => {
    const term = cheapest(scored, data);
    if (!term) return undefined;
    scored.splice(scored.indexOf(term), 1);
    return term;
  };
  if (lookedUp.length === 0 && scored.length > 0) lookedUp.push(...withinLookups([lookUpCheapest()!]));

  const corrected: Outcome['corrected'] = [];
  const missing: string[] = [];
  const found: TermHits[] = [];
  const find = async (terms: Term[]) => {
    await preload(pagefind, terms, filters);
    const looked = await Promise.all(terms.map((term) => lookUp(pagefind, term, filters)));
    for (const [i, term] of terms.entries()) {
      let pages = looked[i];
      let used = term;
      // An Arabic word on no page may be a preposition joined to one that is: the same word, not a typo.
      const bare = pages.size === 0 && !plan.phrase ? withoutJoinedPreposition(term.typed) : undefined;
      if (bare) {
        const unjoined: Term = { typed: term.typed, forms: [bare] };
        const hits = await lookUp(pagefind, unjoined, filters);
        if (hits.size > 0) [pages, used] = [hits, unjoined];
      }
      if (pages.size === 0 && !plan.phrase && !term.typed.includes(' ')) {
        const suggestion = await data.suggest(term.typed);
        if (suggestion) {
          const replacement: Term = { typed: suggestion, forms: [suggestion] };
          const suggested = await lookUp(pagefind, replacement, filters);
          if (suggested.size > 0) {
            corrected.push({ from: term.typed, to: suggestion });
            pages = suggested;
            used = replacement;
          }
        }
      }
      if (pages.size === 0) missing.push(term.typed);
      else found.push({ term: used, pages, weight: idf(Math.max(data.pageCount, pages.size), pages.size) });
    }
  };
  await find(lookedUp);
  // The other words are on no page: the frequent ones must find the pages themselves.
  if (found.length === 0 && scored.length > 0) await find(withinLookups([lookUpCheapest()!]));

  const byPage = new Map<string, PageHit & { positions: Map<number, number[]> }>();
  found.forEach(({ pages, weight }, index) => {
    for (const [id, { results, score, positions }] of pages) {
      const hit = byPage.get(id) ?? { id, results: new Map(), coverage: 0, score: 0, positions: new Map() };
      hit.results.set(index, results);
      hit.positions.set(index, positions);
      hit.coverage += weight;
      hit.score += score;
      byPage.set(id, hit);
    }
  });
  // Words of the question that stand close together on a page ("patrol report") say more than the
  // same words pages apart.
  const weights = found.map(({ weight }) => weight);
  const typedOrder = (term: Term) => plan.terms.findIndex(({ typed }) => typed === term.typed);
  const order = found.map(({ term }) => typedOrder(term));
  for (const hit of byPage.values()) hit.coverage += proximityBonus(hit.positions, weights, order);
  const ranked = [...byPage.values()].sort((a, b) => b.coverage - a.coverage || b.score - a.score);
  // Pages that hold every term found come first, and alone when there are enough of them to fill the
  // first screen; otherwise the pages that hold a good share of what the best page holds follow.
  const complete = ranked.filter((hit) => hit.results.size === found.length);
  const partial = complete.length < ENOUGH_RESULTS && found.length > 1;
  const enough = (ranked[0]?.coverage ?? 0) * PARTIAL_SHARE;
  const outcome: Outcome = {
    terms: found.map(({ term }) => term),
    hits: partial ? ranked.filter((hit) => hit.coverage >= enough) : complete,
    partial: partial && complete.length === 0,
    missing,
    corrected,
    unused: [],
    weights,
    wantsFigure: plan.wantsFigure ?? false,
  };
  return scored.length > 0 && outcome.hits.length > 0
    ? withFrequentWords(outcome, scored, data, [...order, ...scored.map(typedOrder)])
    : outcome;
}

/**
 * The best `FREQUENT_CANDIDATES` pages ranked again with the frequent words of the query too: each
 * word's positions on a page come from the page's outline (stored there at build time, from Pagefind's
 * own search), and weigh as rare as the word is (by its page count).
 */
async function withFrequentWords(
  outcome: Outcome,
  scored: Term[],
  data: EngineData,
  order: number[],
): Promise<Outcome> {
  const keys = scored.map((term) => frequentOf(term, data)!);
  const weights = [...outcome.weights, ...keys.map(([, pages]) => idf(Math.max(data.pageCount, pages), pages))];
  const unused = new Set<string>();
  const top = await Promise.all(
    outcome.hits.slice(0, FREQUENT_CANDIDATES).map(async (hit): Promise<PageHit> => {
      const first = [...hit.results.values()].flat()[0]!;
      const { frequent } = await data.outline(first);
      const results = new Map(hit.results);
      keys.forEach(([key], i) => {
        if (!frequent) unused.add(scored[i].typed);
        else if (frequent[key]) results.set(outcome.terms.length + i, [{ ...first, score: 0, words: frequent[key] }]);
      });
      const positions = new Map([...results].map(([term, found]) => [term, found.flatMap((r) => r.words)]));
      const coverage =
        [...results.keys()].reduce((sum, term) => sum + weights[term], 0) + proximityBonus(positions, weights, order);
      return { ...hit, results, coverage };
    }),
  );
  top.sort((a, b) => b.coverage - a.coverage || b.score - a.score);
  return {
    ...outcome,
    terms: [...outcome.terms, ...scored],
    hits: [...top, ...outcome.hits.slice(FREQUENT_CANDIDATES)],
    weights,
    unused: [...unused],
  };
}

export interface Section {
  title: string;
  url: string;
  /** The excerpt as words, each marked when it is a query word. */
  excerpt: { text: string; marked: boolean }[];
  /** The words of the page that matched, for highlighting where the reader lands. */
  matched: string[];
}

export interface PageDetails {
  url: string;
  title: string;
  topic?: string;
  sections: Section[];
}

/** A matched word as it is compared for highlighting: lower case, without surrounding punctuation. */
const bare = (word: string) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** The window of `length` words in [start, end) holding the most (weighted) matches. */
function densestWindow(marks: Map<number, number>, start: number, end: number, length: number) {
  if (end - start <= length) return start;
  let best = start;
  let bestSum = -1;
  const positions = [...marks.keys()].filter((p) => p >= start && p < end).sort((a, b) => a - b);
  for (const first of positions) {
    const from = Math.max(start, Math.min(first - EXCERPT_LEAD, end - length));
    const sum = positions.filter((p) => p >= from && p < from + length).reduce((total, p) => total + marks.get(p)!, 0);
    if (sum > bestSum) {
      best = from;
      bestSum = sum;
    }
  }
  return best;
}

/**
 * How well a section answers the query: for each term it holds, the term's weight (rarer terms weigh
 * more) times where it appears at best (Pagefind weighs a word in a heading above one in the text: 1 for
 * text, up to 7 for the title; counted here as 1 plus its logarithm, so a heading helps without
 * swamping rarer words), plus a little for each repeat. A section whose heading names the rare
 * words of the question comes before one that mentions them in passing, however long.
 */
function sectionScore(best: Map<number, { weight: number; count: number }>, weights: number[]) {
  let score = 0;
  for (const [term, { weight, count }] of best)
    score += weights[term] * (1 + Math.log(Math.max(weight, 1)) + REPEAT_SHARE * Math.log(count));
  return score;
}

/**
 * A page's title, topic and its best sections for the query, from the page's outline and the result
 * positions of each term (a word in a section's heading weighs what Pagefind gives it); only the
 * sections shown have their text loaded.
 */
export async function pageDetails(
  hit: PageHit,
  { weights, wantsFigure }: Pick<Outcome, 'weights' | 'wantsFigure'>,
  maxSections: number,
  load: (result: PagefindResult) => Promise<LoadedPage>,
): Promise<PageDetails> {
  const first = [...hit.results.values()].flat()[0];
  if (!first) return { url: '', title: '', sections: [] };
  const { outline, section: loadSection } = await load(first);
  const found = new Map<number, { best: Map<number, { weight: number; count: number }>; marks: Map<number, number> }>();
  for (const [term, results] of hit.results) {
    for (const position of new Set(results.flatMap((result) => result.words))) {
      const index = sectionAt(outline.sections, position);
      const [start, heading, weight] = outline.sections[index];
      const section = found.get(index) ?? { best: new Map(), marks: new Map() };
      const best = section.best.get(term) ?? { weight: 0, count: 0 };
      best.weight = Math.max(best.weight, position < start + heading ? weight : 1);
      best.count++;
      section.best.set(term, best);
      section.marks.set(position, (section.marks.get(position) ?? 0) + weights[term]);
      found.set(index, section);
    }
  }
  // Within the page, a term in most of its sections ("UNTSO" on the UNTSO page) tells its sections
  // apart no more than a common word tells pages apart: weigh terms by how few sections hold them.
  const inPage = weights.map((_, term) => {
    const holding = [...found.values()].filter((section) => section.best.has(term)).length;
    return holding === 0 ? 0 : idf(outline.sections.length, holding) + MIN_TERM_WEIGHT;
  });
  // A question that asks "how many" or "when" is answered by a section with figures in it.
  const figureBonus = (figures: number) =>
    wantsFigure ? Math.max(...inPage) * (Math.min(figures, FIGURES) / FIGURES) : 0;
  const ranked = [...found]
    .map(([index, section]) => ({
      index,
      ...section,
      score: sectionScore(section.best, inPage) + figureBonus(outline.sections[index][3]),
    }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, maxSections);
  const shown = await Promise.all(ranked.map(({ index }) => loadSection(index)));
  return {
    url: outline.url,
    title: outline.title,
    topic: outline.topic,
    sections: ranked.map(({ index, marks }, i) => {
      const [start] = outline.sections[index];
      const { id, title } = shown[i];
      const text = contentWords(shown[i].text);
      const from = densestWindow(marks, start, start + text.length, EXCERPT_WORDS);
      const excerpt = text
        .slice(from - start, from - start + EXCERPT_WORDS)
        .map((word, j) => ({ text: word, marked: marks.has(from + j) }));
      const matched = [...new Set([...marks.keys()].map((p) => bare(text[p - start] ?? '')).filter(Boolean))];
      return { title, url: id ? `${outline.url}#${id}` : outline.url, excerpt, matched };
    }),
  };
}
