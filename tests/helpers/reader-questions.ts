import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { ROOT, DIST } from './site.ts';
import { builtPage } from './html.ts';

/**
 * The reader questions (tests/fixtures/search/), typed as a reader would ask them, each with what must
 * answer it: a section of a page (`page` + `section`, any of the ids listed) or words that the
 * answering section contains. One file per language. The rule that judges an answer is here once, for
 * the build test (tests/build/reader-questions.test.ts) and the benchmark, which asks the same
 * questions among thousands of synthetic articles (bench/run.ts).
 */
export interface Question {
  q: string;
  answer?: string[];
  page?: string;
  section?: string[];
  /** What the question exercises (Arabic: diacritics, hamza, digits, acronym, prefix, plural…). */
  case?: string;
  /** Arabic only: the English question that asks the same thing. */
  en?: string;
}

export const LANGS = ['en', 'ar'] as const;
export type QuestionLang = (typeof LANGS)[number];

export const readerQuestions = (lang: QuestionLang): Question[] =>
  (
    JSON.parse(
      readFileSync(
        path.join(ROOT, 'tests/fixtures/search', lang === 'en' ? 'questions.json' : `questions.${lang}.json`),
        'utf8',
      ),
    ) as { questions: Question[] }
  ).questions;

/** What must answer the question, in words, for a test's name. */
export const wanted = (question: Question) =>
  question.section
    ? `section ${question.page ?? ''}#${question.section.join(' or #')}`
    : `a section containing ${question.answer!.join(', ')}`;

/**
 * Judges what search showed for a question on the site built in `dir`: the links of the sections the
 * first results show. Returns why it is not an answer, or nothing when it is one.
 */
export function judge(dir = DIST) {
  const pages = new Map<string, CheerioAPI>();
  const page = (pathname: string) => {
    if (!pages.has(pathname)) pages.set(pathname, builtPage(pathname, dir));
    return pages.get(pathname)!;
  };
  /** Text of the section a link points to: its heading up to the next heading, as search cuts sections. */
  function sectionText(href: string): string {
    const url = new URL(href, 'http://site.invalid');
    let $: CheerioAPI;
    try {
      $ = page(url.pathname);
    } catch {
      return '';
    }
    const id = decodeURIComponent(url.hash.slice(1));
    if (!id) return $('main').text();
    const heading = $(`[id="${id}"]`);
    if (heading.length === 0) return '';
    const start = heading.closest('.heading-wrapper').length > 0 ? heading.closest('.heading-wrapper') : heading;
    return [
      heading.text(),
      ...start
        .nextUntil('h1, h2, h3, h4, h5, h6, .heading-wrapper')
        .map((_, node) => $(node).text())
        .get(),
    ].join(' ');
  }
  return (question: Question, lang: QuestionLang, shown: readonly string[]): string | undefined => {
    if (shown.length === 0) return 'the first results show no section';
    // Each language's search finds that language's pages only.
    const foreign = shown.find((href) => href.startsWith('/ar/') !== (lang === 'ar'));
    if (foreign) return `a page of the other language is shown: ${foreign}`;
    if (question.section) {
      const hit = shown.some((href) => {
        const url = new URL(href, 'http://site.invalid');
        return (
          (!question.page || url.pathname === question.page) &&
          question.section!.includes(decodeURIComponent(url.hash.slice(1)))
        );
      });
      return hit ? undefined : `not among the shown sections:\n${shown.join('\n')}`;
    }
    const hit = shown
      .map(sectionText)
      .some((text) => question.answer!.every((word) => text.toLowerCase().includes(word.toLowerCase())));
    return hit ? undefined : `no shown section contains ${question.answer!.join(', ')}:\n${shown.join('\n')}`;
  };
}
