/**
 * English function words, as in Lucene's default English stop set. Pagefind indexes every word and a
 * query downloads the whole entry of each of its words; "the" or "in" is in every page, many times,
 * so its entry grows with the site (megabytes at 10,000 articles) while adding nothing to ranking.
 */
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '),
);

/**
 * The text to hand to Pagefind for what the reader typed: the same words without function words.
 * Left as typed when it is a quoted phrase (Pagefind matches those exactly, word for word) or when
 * nothing else would be left ("to be or not to be").
 */
export function searchTerms(query: string): string {
  const trimmed = query.trim();
  if (/^".*"$/s.test(trimmed)) return trimmed;
  const words = trimmed.split(/\s+/);
  const kept = words.filter((word) => !STOP_WORDS.has(word.toLowerCase()));
  return kept.length > 0 ? kept.join(' ') : trimmed;
}
