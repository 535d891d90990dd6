import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

/**
 * Sätteri hast plugin: under a base path, site-relative links written in Markdown (`/glossary/#ddr`)
 * get the base in front (`/observer-missions/glossary/#ddr`), as `withBase` does for templates. Writers
 * keep writing plain site paths; the link check then sees the addresses readers will follow.
 */
export function baseLinksPlugin(base: string): HastPluginDefinition {
  const prefix = base.replace(/\/$/, '');
  return defineHastPlugin({
    name: 'observer-missions-base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (!prefix || typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
        ctx.setProperty(node, 'href', `${prefix}${href}`);
      },
    },
  });
}
