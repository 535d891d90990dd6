/**
 * Which file of the site's vocabulary (for "Did you mean") holds a word: the same function at build
 * time (../build/site-words.ts) and in the browser (./loader.ts).
 * Keys are code points in hex, so every language gets ASCII file names.
 *
 * A word is filed by its first letter. Arabic joins the article and the one-letter words و, ف, ب, ك and
 * ل to the word that follows (والبعثة, للمراقبة), so by first letter most of the Arabic vocabulary would
 * sit in the files for ا and و: the key skips those prefixes, and الهدنة, والهدنة and هدنة share the
 * file for ه (where a misspelt الهدنه finds them). A letter whose file would still be large is split by
 * the next letter (`split`): its words go to one file per following letter of the same alphabet, and
 * the rest stay in the letter's own file. The build writes every such file, empty or not, so a key
 * under a split letter always names a file that exists.
 */
const ARABIC_PREFIX = /^(?:[وف]?[بكل]?ال|[وف]?لل|[وف])(?=\p{L}{2})/u;
const LATIN_LETTER = /^[a-z]$/;
const ARABIC_LETTER = /^[\u0621-\u064A]$/;

const hex = (char: string) => char.codePointAt(0)!.toString(16);

/** The letters that can follow `first` in a split file's key: its own alphabet's. */
export function followingLetters(first: string): string[] {
  const range = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
  if (LATIN_LETTER.test(first)) return range(0x61, 0x7a);
  if (ARABIC_LETTER.test(first)) return range(0x621, 0x64a);
  return [];
}

export function vocabularyKey(word: string, split: ReadonlySet<string> = new Set()): string {
  const [first = '', second] = [...word.replace(ARABIC_PREFIX, '')];
  const key = hex(first);
  return split.has(key) && second !== undefined && followingLetters(first).includes(second)
    ? `${key}-${hex(second)}`
    : key;
}
