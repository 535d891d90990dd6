import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** WCAG 2.2 at levels A and AA: what the site promises. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Found {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

declare const axe: {
  run(
    context: Document | { include: string[][] },
    options: object,
  ): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }>;
};

/**
 * Makes axe-core part of every page this page's browser context opens: the browser adds it before the
 * page's own scripts (and outside its CSP). Checking a page then costs one `axe.run`, instead of the
 * half-megabyte injection that @axe-core/playwright repeats for every check, which made checking every
 * page, in both languages, both themes and both sizes, several times slower.
 */
export const withAxe = (page: Page) => page.context().addInitScript(AXE_SOURCE);

/**
 * The WCAG A/AA rules whose outcome depends on colours: all a change of theme can change, since the
 * page's elements, names and order stay the same.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Every WCAG A/AA violation axe-core finds on the page as it is now, one line each, named by `label`;
 * only those of `rules` when given, and only inside the elements `within` selects when given.
 */
export async function axeViolations(page: Page, label: string, rules?: string[], within?: string): Promise<string[]> {
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS };
  const found = await page.evaluate(
    ({ only, within }) =>
      axe
        .run(within ? { include: [[within]] } : document, { runOnly: only, resultTypes: ['violations'] })
        .then(({ violations }) =>
          violations.map((v): Found => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            targets: v.nodes.slice(0, 3).map((node) => node.target.join(' ')),
          })),
        ),
    { only: runOnly, within },
  );
  return found.map((v) => `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.targets.join(', ')}`);
}
