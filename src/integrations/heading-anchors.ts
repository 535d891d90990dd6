import { defineHastPlugin, type HastPluginDefinition } from 'satteri';
import type { Element, ElementContent } from 'hast';
import { LINK_ICON_PATHS } from '../lib/anchorIcon.ts';

/**
 * Sätteri hast plugin: after every h2/h3 with an id, add a visible anchor link to that section.
 *
 * The link sits after the heading, not inside it, so the heading's accessible name stays its own
 * text. The icon is hidden from screen readers; a visually hidden label names the target instead,
 * and `data-pagefind-ignore` keeps that label out of search excerpts. The heading and its link are
 * wrapped in a div that carries the heading's margins (see global.css), because a wrapper would
 * otherwise break the typography plugin's spacing rules.
 *
 * Needs Astro's heading-id plugin to run first (ids are added after user plugins by default).
 */
export function headingAnchorsPlugin(): HastPluginDefinition {
  return defineHastPlugin({
    name: 'observer-missions-heading-anchors',
    element: {
      filter: ['h2', 'h3'],
      visit(node, ctx) {
        const id = node.properties?.['id'];
        if (typeof id !== 'string' || id === '') return;
        const title = ctx.textContent(node);
        const wrapper: Element = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
          children: [node as Element, anchorLink(id, title)],
        };
        return wrapper;
      },
    },
  });
}

function anchorLink(id: string, title: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['anchor-link'], href: `#${id}`, dataAnchorLink: '' },
    children: [
      {
        type: 'element',
        tagName: 'svg',
        properties: {
          ariaHidden: 'true',
          focusable: 'false',
          width: '16',
          height: '16',
          viewBox: '0 0 24 24',
          fill: 'none',
          stroke: 'currentColor',
          strokeWidth: '2',
          strokeLinecap: 'round',
        },
        children: linkIconPaths,
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['sr-only'], dataPagefindIgnore: '' },
        children: [{ type: 'text', value: `Link to section: ${title}` }],
      },
    ],
  };
}

const linkIconPaths: ElementContent[] = LINK_ICON_PATHS.map((d) => ({
  type: 'element',
  tagName: 'path',
  properties: { d },
  children: [],
}));
