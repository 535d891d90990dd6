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
