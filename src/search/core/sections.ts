import type { PageOutline, SectionOutline, SectionText } from '../contract.ts';
import type { IndexedPage } from './pagefind-api.ts';

/**
 * A page of the search index cut into its sections, the way Pagefind cuts a page into sub-results:
 * the text before the first heading belongs to the page itself, and each heading with an id starts a
 * section that runs to the next one. (Pagefind records only headings with ids, so a heading without
 * one, such as a mission page's title, counts as text here, where Pagefind weighs it as a heading;
 * it changes only which section of that page is shown first.) Shared by the build, which writes a
 * small outline file per page and a file per section's text (../build/sections.ts), and by the
 * browser, which cuts Pagefind's own page data the same way when those files are missing.
 * Word positions count words as Pagefind's result positions do.
 */

/** How Pagefind cuts a page's text into the words its positions count. */
export const contentWords = (content: string) => content.split(/[^\S\uFEFF]+/);

/** Pagefind's default weights for words in headings, by element (pagefind.app/docs/weighting). */
const HEADING_WEIGHTS: Record<string, number> = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 };

const hasText = (text?: string) => Boolean(text && /\S/.test(text));

/**
 * The page's outline and each section's text, in outline order. `headings` gives a heading's whole
 * text by id: Pagefind's own heading text leaves out the words inside child elements (a Latin acronym
 * isolated in Arabic text), which would cut them from a section's title.
 */
export function cutPage(
  page: IndexedPage,
  headings: ReadonlyMap<string, string> = new Map(),
): { outline: PageOutline; sections: SectionText[] } {
  const words = contentWords(page.content);
  const title = page.meta['title'] ?? page.url;
  // The anchors Pagefind makes sub-results of; of several at the same word, the last one wins.
  const anchors = page.anchors
    .filter((anchor) => hasText(anchor.title) || (/h\d/i.test(anchor.element) && hasText(anchor.text)))
    .sort((a, b) => a.location - b.location)
    .filter((anchor, i, all) => all[i + 1]?.location !== anchor.location);
  const starts = [
    ...((anchors[0]?.location ?? words.length) > 0 ? [{ id: undefined, start: 0, heading: 0, weight: 1, title }] : []),
    ...anchors.map((anchor) => {
      const text = headings.get(anchor.id) ?? anchor.text ?? '';
      return {
        id: anchor.id as string | undefined,
        title: anchor.title || text,
        start: anchor.location,
        heading: hasText(text) ? contentWords(text.trim()).length : 0,
        weight: HEADING_WEIGHTS[anchor.element.toLowerCase()] ?? 1,
      };
    }),
  ];
  const outline: SectionOutline[] = [];
  const sections: SectionText[] = [];
  starts.forEach(({ id, title, start, heading, weight }, i) => {
    const own = words.slice(start, starts[i + 1]?.start ?? words.length);
    outline.push([start, heading, weight, own.filter((word) => /\d/.test(word)).length]);
    sections.push({ ...(id ? { id } : {}), title, text: own.join(' ') });
  });
  const topic = page.meta['topic'];
  return { outline: { url: page.url, title, ...(topic ? { topic } : {}), sections: outline }, sections };
}

/** The index of the section holding word `position`: the last one starting at or before it. */
export function sectionAt(sections: readonly SectionOutline[], position: number): number {
  let found = 0;
  for (const [i, [start]] of sections.entries()) {
    if (start > position) break;
    found = i;
  }
  return found;
}
