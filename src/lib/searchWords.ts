/**
 * How text is cut into search words, the same way at build time (counting the site's common words and
 * its vocabulary) and in the browser (reading what the reader typed): lower case, runs of letters,
 * marks and digits; anything else separates words, so "UN-led" is "un" and "led" on both sides.
 */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
}
