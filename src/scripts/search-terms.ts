/**
 * English function words, as in Lucene's default English stop set. Pagefind indexes every word and a
 * query downloads the whole entry of each of its words; "the" or "in" is in every page, many times,
 * so its entry grows with the site (megabytes at 10,000 articles) while adding nothing to ranking.
 */
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '),
);

/** A typed word as the common-word list spells it: lower case, without surrounding punctuation. */
const bare = (word: string) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * The text to hand to Pagefind for what the reader typed: the same words without function words and
 * without `commonWords`, the site's own words that are on most pages and cost more to download than
 * they tell apart (written at build time, see src/integrations/pagefind-common-words.ts).
 * Left as typed when it is a quoted phrase (Pagefind matches those exactly, word for word). When
 * nothing would be left, common words come back ("UN observers"), then function words ("to be or not
 * to be"), so a query always searches for something.
 */
export function searchTerms(query: string, commonWords: ReadonlySet<string> = new Set()): string {
  const trimmed = query.trim();
  if (/^".*"$/s.test(trimmed)) return trimmed;
  const words = trimmed.split(/\s+/);
  const meaningful = words.filter((word) => !STOP_WORDS.has(word.toLowerCase()));
  const distinctive = meaningful.filter((word) => !commonWords.has(bare(word)));
  if (distinctive.length > 0) return distinctive.join(' ');
  return meaningful.length > 0 ? meaningful.join(' ') : trimmed;
}
