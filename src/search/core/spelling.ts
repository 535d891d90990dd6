/**
 * "Did you mean": the closest word the site has to one that matches nothing, from the site's
 * vocabulary for that word's first letter. Loaded, with that vocabulary, only then.
 */

/**
 * Damerau–Levenshtein distance (optimal string alignment): insertions, deletions, substitutions and
 * swaps of two neighbouring letters each cost one. Stops early once it passes `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, rows[i - 2][j - 2] + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length][b.length];
}

/** How far a typed word may be from a suggestion: one edit for short words, two for longer ones. */
export const suggestionLimit = (word: string) => (word.length <= 4 ? 1 : 2);

/**
 * The closest word of `vocabulary` (most used first) to a word that matched nothing, or nothing when
 * none is close enough. Ties go to the more used word.
 */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const limit = suggestionLimit(word);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary) {
    if (candidate === word) continue;
    const distance = editDistance(word, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 1) break; // Most used first: the first word one edit away is the answer.
    }
  }
  return best;
}
