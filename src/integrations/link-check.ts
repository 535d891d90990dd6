import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks } from '../lib/linkCheck.ts';

/** Fails the build when any internal link or #fragment in the built site leads nowhere. */
export function linkCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'observer-missions-link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const problems = findBrokenLinks(fileURLToPath(dir), base);
        if (problems.length > 0) throw new Error(`Broken internal links:\n${problems.join('\n')}`);
        logger.info('All internal links and fragments resolve');
      },
    },
  };
}
