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
 * Makes axe-core part of every page this page opens from now on: the browser adds it before the page's
 * own scripts (and outside its CSP). Checking a page then costs one `axe.run`, instead of the
 * half-megabyte injection that @axe-core/playwright repeats for every check, which made checking every
 * page, in both languages, both themes and both sizes, several times slower.
 */
export const withAxe = (page: Page) => page.addInitScript(AXE_SOURCE);

/**
 * The WCAG A/AA rules whose outcome depends on colours: all a change of theme can change, since the
 * page's elements, names and order stay the same.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Which of the WCAG A/AA rules to run: only some, all but some, or all (neither given). */
export interface RuleChoice {
  only?: string[];
  skip?: string[];
  /** A selector: only the elements inside it are checked. */
  within?: string;
}

/**
 * Every WCAG A/AA violation axe-core finds on the page as it is now, one line each, named by `label`,
 * of the rules `choice` names.
 */
export async function axeViolations(page: Page, label: string, choice: RuleChoice = {}): Promise<string[]> {
  const runOnly = choice.only ? { type: 'rule', values: choice.only } : { type: 'tag', values: WCAG_TAGS };
  const rules = Object.fromEntries((choice.skip ?? []).map((rule) => [rule, { enabled: false }]));
  const found = await page.evaluate(
    ({ runOnly, rules, within }) =>
      axe
        .run(within ? { include: [[within]] } : document, { runOnly, rules, resultTypes: ['violations'] })
        .then(({ violations }) =>
          violations.map((v): Found => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            targets: v.nodes.slice(0, 3).map((node) => node.target.join(' ')),
          })),
        ),
    { runOnly, rules, within: choice.within },
  );
  return found.map((v) => `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.targets.join(', ')}`);
}
