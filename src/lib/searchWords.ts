/**
 * How text is cut into search words, the same way at build time (counting the site's common words and
 * its vocabulary) and in the browser (reading what the reader typed): lower case, runs of letters,
 * marks and digits; anything else separates words, so "UN-led" is "un" and "led" on both sides.
 *
 * Arabic words are also written the way Pagefind indexes them: without short vowels and other marks
 * (so الهُدْنَة is الهدنة), with the hamza of an alef dropped (أ, إ, آ are ا: Unicode writes them as
 * alef plus a mark), without the stretching tatweel, and with Eastern digits as Western (١٩٤٨ is 1948).
 */
const ARABIC_LETTER = /[\u0600-\u06FF]/;
const EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;

const westernDigit = (digit: string) => String((digit.codePointAt(0)! - 0x0660) % 0x90);

const arabicForm = (word: string) =>
  ARABIC_LETTER.test(word)
    ? word
        .normalize('NFD')
        .replace(/[\p{M}\u0640]/gu, '')
        .normalize('NFC')
    : word;

export function searchWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(EASTERN_DIGIT, westernDigit)
    .replace(/\u0640/g, '')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .map(arabicForm);
}
