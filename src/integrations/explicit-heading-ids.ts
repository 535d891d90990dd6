import { defineHastPlugin, type HastPluginDefinition } from 'satteri';
import type { Text } from 'hast';

/**
 * A heading's id written at the end of its text, `## Headquarters \{#headquarters\}` in MDX (the
 * backslashes keep MDX from reading the braces as code). Ids written out stay the same when the
 * heading's wording changes and are shared by every language, so `/ar/articles/untso/#headquarters`
 * and `/articles/untso/#headquarters` are the same section.
 */
export const EXPLICIT_ID = /\s*\{#([^\s{}\\]+)\}\s*$/;

/** The same, as written in an MDX file (with the backslashes). */
export const EXPLICIT_ID_SOURCE = /\s*\\\{#([^\s{}\\]+)\\\}\s*$/;

/**
 * Sätteri hast plugin: moves an explicit id from the end of an h2/h3's text to its `id`. It must run
 * before Astro's heading-id plugin, which keeps an id that is already set and lists it in `headings`
 * (the table of contents) with the text that is left.
 */
export function explicitHeadingIdsPlugin(): HastPluginDefinition {
  return defineHastPlugin({
    name: 'observer-missions-explicit-heading-ids',
    element: {
      filter: ['h2', 'h3'],
      visit(node, ctx) {
        const last = node.children.at(-1);
        if (last?.type !== 'text') return;
        const match = EXPLICIT_ID.exec(last.value);
        if (!match) return;
        ctx.setProperty(node, 'id', match[1]);
        const rest: Text = { type: 'text', value: last.value.slice(0, match.index) };
        ctx.replaceNode(last, rest);
      },
    },
  });
}
