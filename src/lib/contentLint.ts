import { countWords } from './readingTime.ts';
import type { Lang } from '../i18n/ui.ts';

/** Editorial rules for articles checked by `npm test` over every article. */
export const LINT_RULES = {
  minSources: 8,
  minWords: 1000,
  maxWords: 2500,
  summarySentences: [2, 3] as const,
  /** A paragraph with this many sentences holding numbers or dates needs at least one citation. */
  maxUncitedNumericSentences: 2,
  /**
   * A translation's length in words against its original's: the limits above apply to the original,
   * and a translation far shorter or longer has lost or gained text. (Arabic joins "and", "the" and
   * prepositions to words, yet these articles' Arabic runs 0.95–1.02 times the English word count.)
   */
  translationWords: [0.8, 1.2] as const,
};

export interface LintInput {
  file: string;
  body: string;
  summary: string;
  sourceKeys: string[];
}

const CITE = /<Cite\s+id=(["'])[^"']*\1\s*\/>/;

/**
 * Splits prose into sentences. English: a full stop, ? or ! followed by space and a capital or quote.
 * Other languages: the sentence breaks of Unicode's segmentation rules (`Intl.Segmenter`), which know
 * the Arabic question mark (؟) and do not need capitals (Arabic has none).
 */
export function sentences(text: string, lang: Lang = 'en'): string[] {
  if (lang !== 'en')
    return [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)]
      .map(({ segment }) => segment.trim())
      .filter(Boolean);
  return text
    .split(/(?<=[.!?]["”’)]?)\s+(?=["“(]?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Prose paragraphs of an MDX body: blank-line separated, without headings, code and JSX blocks. */
export function paragraphs(body: string): string[] {
  return body
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, '')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block && !/^(#|<\/?[A-Z]|import |export |\|)/.test(block));
}

/** Text a reader sees: link targets, tags and Markdown marks removed. */
const visibleText = (markdown: string) =>
  markdown
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_[\]]/g, '');

export function lintArticle({ file, body, summary, sourceKeys }: LintInput): string[] {
  const problems: string[] = [];
  const problem = (message: string) => problems.push(`${file}: ${message}`);

  const summaryCount = sentences(summary).length;
  const [minSummary, maxSummary] = LINT_RULES.summarySentences;
  if (summaryCount < minSummary || summaryCount > maxSummary) {
    problem(`summary has ${summaryCount} sentences; write ${minSummary} or ${maxSummary}`);
  }

  if (sourceKeys.length < LINT_RULES.minSources) {
    problem(`cites ${sourceKeys.length} distinct sources; an article needs at least ${LINT_RULES.minSources}`);
  }

  const words = countWords(body);
  if (words < LINT_RULES.minWords || words > LINT_RULES.maxWords) {
    problem(`has ${words} words; articles run ${LINT_RULES.minWords}–${LINT_RULES.maxWords}`);
  }

  const keyFacts = body.match(/<KeyFacts>([\s\S]*?)<\/KeyFacts>/);
  if (!keyFacts) problem('has no <KeyFacts> box');
  else {
    const items = keyFacts[1].split('\n').filter((line) => /^\s*[-*]\s/.test(line));
    if (items.length === 0) problem('<KeyFacts> has no list items');
    for (const item of items) {
      if (!CITE.test(item))
        problem(
          `key fact without a citation: "${visibleText(item)
            .replace(/^\s*-\s*/, '')
            .trim()
            .slice(0, 80)}"`,
        );
    }
  }

  for (const paragraph of paragraphs(body)) {
    if (CITE.test(paragraph)) continue;
    const numeric = sentences(visibleText(paragraph)).filter((sentence) => /\d/.test(sentence));
    if (numeric.length > LINT_RULES.maxUncitedNumericSentences) {
      problem(
        `paragraph with ${numeric.length} sentences holding numbers or dates and no citation: "${visibleText(paragraph).slice(0, 80)}…"`,
      );
    }
  }
  return problems;
}

export interface TranslationLintInput {
  file: string;
  lang: Lang;
  body: string;
  summary: string;
  /** The English original's body. */
  originalBody: string;
}

/**
 * The editorial rules a translation must keep: the summary's sentence count, a citation on every key
 * fact and on numeric paragraphs, and a length close to its original's. (Sources and section ids are
 * checked by the build: src/lib/translations.ts.)
 */
export function lintTranslation({ file, lang, body, summary, originalBody }: TranslationLintInput): string[] {
  const problems: string[] = [];
  const problem = (message: string) => problems.push(`${file}: ${message}`);
  const summaryCount = sentences(summary, lang).length;
  const [minSummary, maxSummary] = LINT_RULES.summarySentences;
  if (summaryCount < minSummary || summaryCount > maxSummary)
    problem(`summary has ${summaryCount} sentences; write ${minSummary} or ${maxSummary}`);
  const ratio = countWords(body) / countWords(originalBody);
  const [low, high] = LINT_RULES.translationWords;
  if (ratio < low || ratio > high)
    problem(`has ${ratio.toFixed(2)} times its original's words; a full translation has ${low}–${high}`);
  const keyFacts = body.match(/<KeyFacts>([\s\S]*?)<\/KeyFacts>/);
  for (const item of keyFacts?.[1]!.split('\n').filter((line) => /^\s*[-*]\s/.test(line)) ?? [])
    if (!CITE.test(item)) problem(`key fact without a citation: "${visibleText(item).trim().slice(0, 80)}"`);
  for (const paragraph of paragraphs(body)) {
    if (CITE.test(paragraph)) continue;
    const numeric = sentences(visibleText(paragraph), lang).filter((sentence) => /\d/.test(sentence));
    if (numeric.length > LINT_RULES.maxUncitedNumericSentences)
      problem(`paragraph with ${numeric.length} sentences holding numbers or dates and no citation`);
  }
  return problems;
}
