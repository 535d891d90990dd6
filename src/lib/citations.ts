/**
 * Citation numbering and checks, from an article's raw MDX body and its `sources` keys.
 * Pure functions: used at build time by the article route and by unit tests.
 */

/** `<Cite id="key" />` with single or double quotes. Fenced code is skipped so examples don't count. */
const CITE_PATTERN = /<Cite\s+id=(["'])([^"']*)\1\s*\/>/g;
const FENCED_CODE = /^(```|~~~)[\s\S]*?^\1/gm;

/** Every citation key in the order it appears, repeats included. */
export function citationKeysInOrder(body: string): string[] {
  const prose = body.replace(FENCED_CODE, '');
  return [...prose.matchAll(CITE_PATTERN)].map((match) => match[2]);
}

export interface CitationPlan {
  /** Reference number of each key, 1-based, in order of first use. */
  numbers: Map<string, number>;
  /** How many times each key is cited, for the reference list's back links. */
  uses: Map<string, number>;
}

export function planCitations(body: string): CitationPlan {
  const numbers = new Map<string, number>();
  const uses = new Map<string, number>();
  for (const key of citationKeysInOrder(body)) {
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
    uses.set(key, (uses.get(key) ?? 0) + 1);
  }
  return { numbers, uses };
}

/**
 * Problems that must fail the build: a cited key with no source, a source never cited.
 * Each message names the article file and the key, so the writer knows where to look.
 */
export function citationProblems(file: string, body: string, sourceKeys: string[]): string[] {
  const cited = new Set(citationKeysInOrder(body));
  const known = new Set(sourceKeys);
  const problems: string[] = [];
  for (const key of cited) {
    if (!known.has(key)) problems.push(`${file}: <Cite id="${key}" /> has no entry "${key}" in frontmatter sources`);
  }
  for (const key of known) {
    if (!cited.has(key)) problems.push(`${file}: source "${key}" is never cited; cite it or remove it`);
  }
  return problems;
}

/**
 * Id of the nth (1-based) place source number `number` is cited; the reference list links back to it.
 * Short, because an article carries one per citation (a hundred in a long one); only the back links
 * point at it, while the references themselves keep ids named after their keys.
 */
export const citeAnchorId = (number: number, n: number) => `c${number}-${n}`;
/** Id of a key's entry in the reference list. */
export const referenceId = (key: string) => `ref-${key}`;
