/**
 * Checks that keep a translation the same article as its original: the same sources cited (the
 * translation has no sources of its own) and only section ids the original has, each written out, so
 * a section link works in both languages. Pure functions over raw MDX, used by the build and by tests.
 */
import { citationKeysInOrder } from './citations.ts';
import { figureTranslationProblems } from './figures.ts';
import { EXPLICIT_ID_SOURCE } from '../integrations/explicit-heading-ids.ts';

const HEADING = /^(#{2,3})\s+(.*)$/gm;

/** The h2/h3 headings of an MDX body with their explicit ids (undefined where none is written). */
export function headingIds(body: string): { line: string; id: string | undefined }[] {
  const prose = body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
  return [...prose.matchAll(HEADING)].map((match) => ({
    line: match[2]!.trim(),
    id: EXPLICIT_ID_SOURCE.exec(match[2]!)?.[1],
  }));
}

export function translationProblems(file: string, body: string, originalFile: string, originalBody: string): string[] {
  const problems: string[] = [];
  const cited = new Set(citationKeysInOrder(body));
  const originalCited = new Set(citationKeysInOrder(originalBody));
  for (const key of originalCited)
    if (!cited.has(key)) problems.push(`${file}: does not cite "${key}", which ${originalFile} cites`);
  for (const key of cited)
    if (!originalCited.has(key)) problems.push(`${file}: cites "${key}", which ${originalFile} does not cite`);

  const originalHeadings = headingIds(originalBody);
  for (const { line, id } of originalHeadings)
    if (!id)
      problems.push(`${originalFile}: heading "${line}" needs an explicit id, such as \\{#an-id\\}, to be translated`);
  const originalIds = new Set(originalHeadings.map(({ id }) => id));
  for (const { line, id } of headingIds(body)) {
    if (!id) problems.push(`${file}: heading "${line}" needs the explicit id of the heading it translates`);
    else if (!originalIds.has(id)) problems.push(`${file}: heading id "${id}" is not a section id of ${originalFile}`);
  }
  problems.push(...figureTranslationProblems(file, body, originalFile, originalBody));
  return problems;
}
