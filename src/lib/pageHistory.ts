import { readHistory, type Change, type History } from './history.ts';

let history: History | undefined;

/**
 * The site's content history, read once per build from the repository the site is built in
 * (./history.ts). Without it (a shallow clone, or no repository), pages show no history, and the build
 * log says why once.
 */
export function siteHistory(): History {
  if (!history) {
    history = readHistory(process.cwd());
    if (!history.available) console.warn(`[history] Page histories are left out: ${history.reason}.`);
  }
  return history;
}

/** The changes to a content file (its path from the project's root), newest first; none without a history. */
export function changesOf(file: string | undefined): Change[] {
  const found = siteHistory();
  return found.available && file ? found.changesOf(file) : [];
}

/** When a content file last changed, per its history, or `fallback`. */
export function lastChanged(file: string | undefined, fallback?: Date): Date | undefined {
  const latest = changesOf(file)[0];
  return latest ? new Date(`${latest.date}T00:00:00Z`) : fallback;
}
