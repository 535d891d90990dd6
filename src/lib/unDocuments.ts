/**
 * UN documents cited by symbol (https://undocs.org/S/RES/690(1991)) and their official Arabic version.
 *
 * undocs.org serves each language version of a document at the same symbol under the language's code
 * (https://undocs.org/ar/S/RES/690(1991)). A document exists in Arabic when the organ that issued it had
 * Arabic among its official languages: the General Assembly from its twenty-eighth session, 1973
 * (resolution 3190 (XXVIII)), the Security Council from 1983 (resolution 528 (1982), which made Arabic an
 * official and working language of the Council from 1 January 1983). Older documents may have been
 * translated since, but no Arabic version of one was found, so none is linked; the Arabic page says why.
 */

const UNDOCS = /^https:\/\/undocs\.org\/(?!ar\/|en\/|fr\/|es\/|ru\/|zh\/)(.+)$/;

/** The document symbol of an undocs.org address ("S/RES/690(1991)"), or undefined for any other address. */
export function undocsSymbol(url: string): string | undefined {
  const match = UNDOCS.exec(url);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

const ROMAN = { I: 1, V: 5, X: 10, L: 50, C: 100 } as const;
const fromRoman = (roman: string) =>
  [...roman].reduce((sum, letter, i, all) => {
    const value = ROMAN[letter as keyof typeof ROMAN];
    const next = ROMAN[all[i + 1] as keyof typeof ROMAN] ?? 0;
    return sum + (value < next ? -value : value);
  }, 0);

/** The organ that issued a document with this symbol: "S" (Security Council), "A" (General Assembly). */
export const organOf = (symbol: string) => (symbol.startsWith('S/') ? 'S' : symbol.startsWith('A/') ? 'A' : undefined);

/** The year Arabic became an official language of each organ whose documents the site cites. */
export const ARABIC_SINCE = { A: 1973, S: 1983 } as const;

/**
 * The year a document was issued, as far as its symbol tells: a resolution's year in brackets, the year
 * in a Security Council document symbol of the current series (S/2000/1088), a General Assembly
 * session number (A/59/746: the 59th session, 2004; A/RES/109 (II): the 2nd, 1947). Otherwise the
 * source's own date.
 */
export function documentYear(symbol: string, sourceDate?: string): number | undefined {
  const bracketed = /\((\d{4})\)\s*$/.exec(symbol);
  if (bracketed) return Number(bracketed[1]);
  const security = /^S\/(?:PRST\/)?(\d{4})\//.exec(symbol);
  if (security) return Number(security[1]);
  const roman = /^A\/RES\/\d+\s*\(([IVXLC]+)\)$/.exec(symbol);
  if (roman) return 1945 + fromRoman(roman[1]!);
  const session = /^A\/(?:RES\/|ES-\d+\/)?(\d{2})\//.exec(symbol);
  if (session) return 1945 + Number(session[1]);
  return sourceDate ? Number(sourceDate.slice(0, 4)) : undefined;
}

export type ArabicVersion =
  | { kind: 'found'; url: string; symbol: string }
  | { kind: 'predates'; symbol: string; organ: keyof typeof ARABIC_SINCE; since: number };

/** The official Arabic version of the UN document at `url`, or why none is linked; undefined if not a UN document. */
export function arabicVersionOf(url: string, sourceDate?: string): ArabicVersion | undefined {
  const symbol = undocsSymbol(url);
  const organ = symbol && organOf(symbol);
  if (!symbol || !organ) return undefined;
  const year = documentYear(symbol, sourceDate);
  const since = ARABIC_SINCE[organ];
  if (year !== undefined && year >= since)
    return { kind: 'found', url: url.replace('https://undocs.org/', 'https://undocs.org/ar/'), symbol };
  return { kind: 'predates', symbol, organ, since };
}

/**
 * A UN document symbol as written in text: "S/RES/50 (1948)", "S/RES/943 (1994)", "A/RES/45/2",
 * "A/RES/112 (II)", "S/2021/843".
 */
const SYMBOL_IN_TEXT = /\b[SA]\/(?:[A-Z]+\/)?\d+(?:\/\d+)*(?: ?\((?:\d{4}|[IVXLC]+)\))?/g;

/** The address of a symbol written in text, with its spaces dropped as undocs.org writes it. */
export const undocsUrl = (symbol: string) => `https://undocs.org/${symbol.replace(/ /g, '')}`;

/**
 * Text with each UN document symbol in it as a link to the document: its official Arabic version on an
 * Arabic page where one exists (see above), else the English. Parts, for the caller to render.
 */
export function linkSymbols(
  text: string,
  lang: string,
): ({ text: string } | { symbol: string; url: string; lang: string })[] {
  const parts: ({ text: string } | { symbol: string; url: string; lang: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(SYMBOL_IN_TEXT)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    const english = undocsUrl(match[0]);
    const arabic = lang === 'ar' ? arabicVersionOf(english) : undefined;
    parts.push(
      arabic?.kind === 'found'
        ? { symbol: match[0], url: arabic.url, lang: 'ar' }
        : { symbol: match[0], url: english, lang: 'en' },
    );
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
