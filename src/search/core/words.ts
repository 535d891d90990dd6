/**
 * How text is cut into search words, the same way at build time (counting the site's common words and
 * its vocabulary) and in the browser (reading what the reader typed): lower case, runs of letters,
 * marks and digits; anything else separates words, so "UN-led" is "un" and "led" on both sides.
 *
 * Arabic words are also written the way Pagefind matches them: without short vowels and other marks
 * (so الهُدْنَة is الهدنة), with the hamza of an alef dropped (أ, إ, آ are ا: Pagefind strips it as a
 * mark and its Arabic stemmer joins the spellings), without the stretching tatweel, and with Eastern
 * digits as Western (١٩٤٨ is 1948), as the stemmer writes them.
 */
const ARABIC_LETTER = /[\u0600-\u06FF]/;
const EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;

const westernDigit = (digit: string) => String((digit.codePointAt(0)! - 0x0660) % 0x90);

/** Short vowels and other marks (tashkeel), including a hamza written as a mark. */
const ARABIC_MARKS = /[\u064B-\u065F\u0670]/g;
/** Alef with hamza or madda: أ إ آ ٱ. (A hamza on another letter, as in هيئة, is a letter of its own.) */
const HAMZA_ALEF = /[\u0622\u0623\u0625\u0671]/g;

const arabicForm = (word: string) =>
  ARABIC_LETTER.test(word) ? word.replace(ARABIC_MARKS, '').replace(HAMZA_ALEF, 'ا') : word;

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
