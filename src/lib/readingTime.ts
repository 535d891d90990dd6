/**
 * Average adult silent reading speed for non-fiction in English (Brysbaert 2019: ~238 wpm). The same
 * review finds that reading rates in other languages follow from how many words they need to say
 * the same thing, so a translation's reading time is its original's (the article route counts the
 * original): no per-language speed to guess, and the two editions of a page say the same.
 */
const WORDS_PER_MINUTE = 238;

/** Words a reader reads in an MDX body: frontmatter, imports, JSX tags and link targets removed. */
export function countWords(mdxBody: string): number {
  const prose = mdxBody
    .replace(/^---[\s\S]*?^---/m, '')
    .replace(/^(import|export)\s.*$/gm, '')
    // A heading's explicit id (`\{#an-id\}`) is an address, not words.
    .replace(/\\\{#[^\s{}\\]+\\\}/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>`|[\]-]/g, ' ');
  return prose.split(/\s+/).filter((word) => /\p{L}|\p{N}/u.test(word)).length;
}

export function readingMinutes(mdxBody: string): number {
  return Math.max(1, Math.round(countWords(mdxBody) / WORDS_PER_MINUTE));
}
