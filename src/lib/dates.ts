import { DEFAULT_LANG, type Lang } from '../i18n/ui';
import { ARABIC_MONTHS } from './arabicMonths';

/**
 * Dates in words. English: "25 November 2026", day-month-year, which avoids the US/UK ambiguity of
 * numeric dates. Arabic: the UN's style, the Syriac and the Latin month names paired ("29 أيار/مايو
 * 1948"), which no Intl locale gives, with Western digits as on the UN's Arabic pages.
 */
const english = {
  long: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  monthYear: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

function inWords(year: number, month?: number, day?: number, lang: Lang = DEFAULT_LANG): string {
  if (lang === 'ar') return [day, month ? ARABIC_MONTHS[month - 1] : undefined, year].filter(Boolean).join(' ');
  if (day) return english.long.format(new Date(Date.UTC(year, month! - 1, day)));
  if (month) return english.monthYear.format(new Date(Date.UTC(year, month - 1, 1)));
  return String(year);
}

export const formatDate = (date: Date, lang: Lang = DEFAULT_LANG) =>
  inWords(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), lang);

/** Machine-readable date for `<time datetime>`. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A source's partial date ("2012", "2012-06", "2012-06-16") in words. */
export function formatPartialDate(value: string, lang: Lang = DEFAULT_LANG): string {
  const [year, month, day] = value.split('-').map(Number);
  return inWords(year!, month || undefined, day || undefined, lang);
}
