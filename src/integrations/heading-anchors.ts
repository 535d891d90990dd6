import { defineHastPlugin, type HastPluginDefinition } from 'satteri';
import type { Element } from 'hast';
import { fileURLToPath } from 'node:url';
import { fill } from '../i18n/fill.ts';
import { fileLang } from '../i18n/routing.ts';
import type { Lang } from '../i18n/ui.ts';

/**
 * Sätteri hast plugin: after every h2/h3 with an id, add a visible anchor link to that section. The
 * same markup as AnchorHeading.astro, for headings written in Markdown.
 *
 * The link sits after the heading, not inside it, so the heading's accessible name stays its own
 * text. The icon (CSS) says nothing to screen readers; a visually hidden label names the target instead,
 * and search leaves the whole link out of its index and excerpts (`EXCLUDED_CLASSES`,
 * src/search/build/pagefind.ts). The heading and its link are
 * wrapped in a div that carries the heading's margins (global.css), because a wrapper would otherwise
 * break the typography plugin's spacing rules.
 *
 * `label` gives the UI string "Link to section: {title}" in the language of the file (a translation
 * sits in a folder named after its language). Needs Astro's heading-id plugin to run first (ids are
 * added after user plugins by default).
 */
export function headingAnchorsPlugin(label: (lang: Lang) => string): HastPluginDefinition {
  return defineHastPlugin({
    name: 'observer-missions-heading-anchors',
    element: {
      filter: ['h2', 'h3'],
      visit(node, ctx) {
        const id = node.properties?.['id'];
        if (typeof id !== 'string' || id === '') return;
        const title = ctx.textContent(node);
        const lang = fileLang(ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined);
        const wrapper: Element = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading-wrapper'] },
          children: [node as Element, anchorLink(id, fill(label(lang), { title }))],
        };
        return wrapper;
      },
    },
  });
}

function anchorLink(id: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    // The icon is a CSS mask (global.css), so each heading carries only the link and its label.
    properties: { className: ['anchor-link'], href: `#${id}` },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['sr-only'] },
        children: [{ type: 'text', value: label }],
      },
    ],
  };
}
