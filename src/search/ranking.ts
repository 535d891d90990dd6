/**
 * Every knob of search's ranking, in one place, each with why it has the value it has. Changing one
 * changes what the reader questions get (tests/fixtures/search/, asked by
 * tests/build/reader-questions.test.ts and by `npm run bench` at scale): run both after a change.
 * The code that applies them is ./core/query.ts (which words are looked up) and ./core/engine.ts
 * (how pages and sections are ranked).
 */

/**
 * Pagefind's own ranking options, passed to it as it starts. Its BM25 normalises for page length
 * (0.75 by default), which puts a short mission page that names a word once above the article that
 * explains it. Less of that suits a site of long articles; 0.75 lost one Arabic reader question, 0
 * and 0.4 answer the same, and its other options changed no answer (measured on the reader questions).
 */
export const PAGEFIND_RANKING = { pageLength: 0.4 };

/**
 * English function words: Lucene's default English stop set, plus the question words, auxiliaries and
 * time words that readers put around a question ("when was", "how soon must", "today"), which the
 * answering text seldom repeats. Pagefind indexes every word, and a query downloads the whole index
 * entry of each of its words; these are on nearly every page, so their entries grow with the site while
 * they tell pages apart not at all. They are looked up only when a query has nothing else.
 */
export const ENGLISH_STOP_WORDS =
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with ' +
  'what when where which who whom whose why how did do does done has have had can could would should were been being ' +
  'i me my we our you your many much any some both either neither each about must may might shall soon today now nowadays currently also besides other than';

/**
 * Arabic function and question words, written as the search cuts words (no hamza on alef: الى, اي):
 * prepositions, pronouns and question words that a reader's question carries and the answering text
 * does not need to repeat.
 */
export const ARABIC_STOP_WORDS =
  'في من الى على عن مع ما ماذا متى كم هل اين كيف لماذا لم لن قد ثم او ام بل ان انه انها كان كانت يكون تكون ' +
  'هو هي هم هذا هذه ذلك تلك الذي التي الذين اللذين اي كل بعض عند منذ حتى بين خلال لدى غير ايضا الان اليوم تابعة التابعة';

/**
 * Question openings whose answer is a number or a date (in Arabic: how many, when, in which year, the
 * number of): sections with figures in them answer these.
 */
export const FIGURE_QUESTION =
  /^(how (many|much|long|old|big|large|strong)|when|what (year|date|time|day)|in what year|number of)\b|^(كم|متى|في اي (عام|سنة|تاريخ)|ما عدد|عدد)(\s|$)/;

/**
 * A query looks up each word typed, then up to `MAX_SYNONYMS_PER_TERM` synonyms of each, in turns,
 * while the lookups (a phrase counts a lookup per word) stay within `MAX_LOOKUPS`. More synonyms find
 * more pages that say the same thing less directly, and dilute the ranking: with all eight synonyms
 * of أنشئت ("established"), a section on UNTSO's founding resolution came before its Key facts for
 * "when was UNTSO established"; each lookup also downloads its index chunk.
 */
export const MAX_SYNONYMS_PER_TERM = 3;
export const MAX_LOOKUPS = 12;

/** How many figures make a section fully "numeric" for a question that asks for one. */
export const FIGURES = 6;

/** As many complete results as the first screen shows: with fewer, pages that hold most of the query follow. */
export const ENOUGH_RESULTS = 3;

/**
 * When too few pages hold every word, the pages that follow must hold at least this share of what the
 * best page holds (by weight): half keeps a page that misses one word of a two-word question, and
 * drops pages that merely share its commonest word.
 */
export const PARTIAL_SHARE = 0.5;

/** How close two words of the query must stand on a page (in words) to count as said together. */
export const NEAR = 4;

/** A pair of query words said together adds this share of the lighter word's weight. */
export const PROXIMITY_SHARE = 0.5;

/**
 * A pair of query words said in the order typed, at most this many words apart, reads as the phrase
 * the reader meant ("military observers"; "observers and peacekeepers", one word between). Text that
 * merely shares the site's common words seldom puts two of them in a row: at 1,000 synthetic articles
 * this brought English from 46 to 48 reader questions answered and Arabic from 60 to 62, with every
 * question still answered at real size.
 */
export const PHRASE_GAP = 2;

/** Such a pair adds this share of the lighter word's weight, divided by the words between plus one. */
export const PHRASE_SHARE = 1;

/**
 * Within a section, a word in its heading counts for 1 plus the logarithm of its Pagefind weight (up to
 * 7 for a title), so a heading helps without swamping rarer words; each repeat adds a little.
 */
export const REPEAT_SHARE = 0.25;

/** Even a term in every section of a page counts for a little when sections are ranked. */
export const MIN_TERM_WEIGHT = 0.1;

/** How many words an excerpt shows, around the place where the query's words cluster. */
export const EXCERPT_WORDS = 24;

/** An excerpt starts this many words before its first match, so it reads as a sentence, not a list. */
export const EXCERPT_LEAD = 3;

/**
 * A word whose lookup downloads more than this (gzip: the index files Pagefind fetches for it, measured
 * at build) is "frequent": on so many pages that its index entry is large, while it tells pages apart
 * little. A query does not look it up when it has other words: those find and rank the pages, and the
 * best `FREQUENT_CANDIDATES` are ranked again with the frequent word too, from its positions that the
 * build stored in those pages' outlines. At 10,000 articles opening search costs about 160 KB of the
 * 300 KB a question may download, and a question looks up about six words with their synonyms: 16 KB
 * each keeps the rest within the budget. On today's site no word costs that much, and nothing changes.
 */
export const FREQUENT_LOOKUP_BYTES = 16 * 1024;

/**
 * How many of the best pages found by a query's other words are ranked again with its frequent words:
 * the first screen shows three, and a page may climb from lower down when it holds the frequent words
 * too. Each costs one outline download, which the first results load anyway. Among 1,000 synthetic
 * articles, whose text is full of the site's common words, an answer can start below the tenth page:
 * 15 answered two more Arabic reader questions than 10 (62 → 64 of 66, English 48 of 50 both ways) for
 * about 2 KB more per question (median); 20 lost two English ones.
 */
export const FREQUENT_CANDIDATES = 15;
