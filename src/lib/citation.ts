/**
 * How to cite a page or one of its sections, in the styles readers are asked for: APA 7, Chicago
 * (notes and bibliography) and BibTeX, and on Arabic pages in the usual Arabic form. Pure, so the same
 * code writes the page's cite block at build time and a section's citation in the browser.
 */

import { ARABIC_MONTHS } from './arabicMonths.ts';

export interface Citable {
  /** The site's name, the author (a group author, as APA has it for a website by an organisation). */
  site: string;
  /** The page's title, and for a section the section's heading. */
  title: string;
  section?: string;
  /** The exact address: the page's, with `#id` for a section. */
  url: string;
  /** When this version of the page was last changed, if known. */
  modified?: Date;
  /** The page's language, which sets the words between the parts ("last modified"). */
  lang: 'en' | 'ar';
  /** A short key for BibTeX ("observer-missions-untso"). */
  key: string;
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const parts = (date: Date) => ({ year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate() });

/** The full title: the page's, and a section's after it. */
const fullTitle = ({ title, section }: Citable, separator: string) =>
  section ? `${title}${separator}${section}` : title;

/** APA 7, a web page whose author is the site: Author. (Year, Month Day). Title. URL */
export function apa(page: Citable): string {
  if (page.lang === 'ar') {
    const date = page.modified
      ? (({ year, month, day }) => `${year}، ${day} ${ARABIC_MONTHS[month]}`)(parts(page.modified))
      : 'د.ت.';
    return `${page.site}. (${date}). ${fullTitle(page, ': ')}. ${page.url}`;
  }
  const date = page.modified
    ? (({ year, month, day }) => `${year}, ${EN_MONTHS[month]} ${day}`)(parts(page.modified))
    : 'n.d.';
  return `${page.site}. (${date}). ${fullTitle(page, ': ')}. ${page.url}`;
}

/** Chicago notes and bibliography: the note, then the bibliography entry. */
export function chicago(page: Citable): { note: string; bibliography: string } {
  const title = fullTitle(page, ': ');
  if (page.lang === 'ar') {
    const modified = page.modified
      ? (({ year, month, day }) => `آخر تعديل في ${day} ${ARABIC_MONTHS[month]} ${year}`)(parts(page.modified))
      : '';
    return {
      note: `${page.site}، «${title}»، ${modified ? `${modified}، ` : ''}${page.url}.`,
      bibliography: `${page.site}. «${title}». ${modified ? `${modified}. ` : ''}${page.url}.`,
    };
  }
  const date = page.modified
    ? (({ year, month, day }) => `${EN_MONTHS[month]} ${day}, ${year}`)(parts(page.modified))
    : '';
  return {
    note: `${page.site}, “${title},” ${date ? `last modified ${date}, ` : ''}${page.url}.`,
    bibliography: `${page.site}. “${title}.” ${date ? `Last modified ${date}. ` : ''}${page.url}.`,
  };
}

/** BibTeX, as a `@misc` web page (biblatex reads `url` and `urldate`; plain BibTeX reads `howpublished`). */
export function bibtex(page: Citable): string {
  const { year, month, day } = page.modified
    ? parts(page.modified)
    : { year: undefined, month: undefined, day: undefined };
  const field = (name: string, value: string | undefined) => (value ? `  ${name} = {${value}},\n` : '');
  return (
    `@misc{${page.key},\n` +
    field('author', `{${page.site}}`) +
    field('title', fullTitle(page, ': ')) +
    field('year', year?.toString()) +
    (month !== undefined ? `  month = ${BIBTEX_MONTHS[month]},\n` : '') +
    field('date', year ? `${year}-${String(month! + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}` : undefined) +
    field('url', page.url) +
    field('howpublished', `\\url{${page.url}}`) +
    field('language', page.lang === 'ar' ? 'arabic' : 'english') +
    '}'
  );
}
