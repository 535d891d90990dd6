import type { Source } from '../content.config';
import { formatPartialDate } from './dates';

/**
 * The words of a source line, built as whole strings so that no markup whitespace can fall between a
 * sentence and its full stop. Sources are described in English, so their date is written in English
 * on every page.
 */

/** The text with a full stop, unless it already ends a sentence. */
export const withStop = (text: string) => (/[.?!…]$/.test(text.trim()) ? text : `${text}.`);

/** "United Nations Security Council, 29 May 1948." */
export const publisherText = (source: Source) =>
  withStop(source.date ? `${source.publisher}, ${formatPartialDate(source.date, 'en')}` : source.publisher);

/** The full stop a title needs after its link, if any. */
export const titleStop = (title: string) => withStop(title).slice(title.length);
