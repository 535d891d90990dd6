import type { MarkdownHeading } from 'astro';

export interface TocEntry {
  depth: number;
  slug: string;
  text: string;
  children: TocEntry[];
}

/**
 * Nest h2/h3 headings into a two-level table of contents. An h3 before any h2 is kept at the top
 * level rather than dropped, so no section becomes unreachable from the table.
 */
export function buildToc(headings: MarkdownHeading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const { depth, slug, text } of headings) {
    if (depth !== 2 && depth !== 3) continue;
    const entry: TocEntry = { depth, slug, text, children: [] };
    const parent = toc.at(-1);
    if (depth === 3 && parent?.depth === 2) parent.children.push(entry);
    else toc.push(entry);
  }
  return toc;
}

/**
 * The headings with each figure inserted after the section it sits in (`headingsBefore`: how many
 * h2/h3 headings come before it in the text), one level below a section: "On this page" then lists a
 * figure under its section, and its link leads to the figure.
 */
export function withFigures(
  headings: MarkdownHeading[],
  figures: { headingsBefore: number; slug: string; text: string }[],
): MarkdownHeading[] {
  const result: MarkdownHeading[] = [];
  const place = (count: number) =>
    figures
      .filter((f) => f.headingsBefore === count)
      .forEach(({ slug, text }) => result.push({ depth: 3, slug, text }));
  let count = 0;
  place(0);
  for (const heading of headings) {
    result.push(heading);
    if (heading.depth !== 2 && heading.depth !== 3) continue;
    count += 1;
    place(count);
  }
  return result;
}
