import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Each content file's history, read from git at build time: the date and summary line of every commit
 * that changed it, newest first, following renames. One `git log` for the whole content folder, so the
 * cost does not grow with the number of pages.
 *
 * A shallow clone (a CI checkout with `fetch-depth: 1`) holds only the last commit: every file would seem
 * to have changed once, on the same day. Then no history is given (`available: false`) rather than a
 * wrong one, and the build says why and what fixes it.
 */

export interface Change {
  /** YYYY-MM-DD, the commit's author date. */
  date: string;
  /** The commit's short hash. */
  commit: string;
  /** The commit's summary line. */
  summary: string;
}

export type History = { available: true; changesOf: (file: string) => Change[] } | { available: false; reason: string };

const git = (root: string, args: string[]) =>
  execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: 'pipe' });

/** The history of the files under `folder` (relative to the repository `root`). */
export function readHistory(root: string, folder = 'content'): History {
  try {
    if (git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true')
      return {
        available: false,
        reason:
          'the repository is a shallow clone, which holds only its last commit; clone it whole (in GitHub Actions: actions/checkout with fetch-depth: 0)',
      };
  } catch {
    return { available: false, reason: 'the site is not built from a git repository' };
  }
  let log: string;
  try {
    log = git(root, ['log', '-M', '--name-status', '--date=short', '--format=%x1e%h%x1f%ad%x1f%s', '--', folder]);
  } catch (error) {
    // A repository git cannot read at this moment (say, one being rewritten by another command): no
    // history rather than a build that fails on a page with no word of why.
    return { available: false, reason: `git could not read the history: ${(error as Error).message.trim()}` };
  }
  // Newest first: a file's current path, and the older paths a rename gave it, lead to the same list.
  const changes = new Map<string, Change[]>();
  const currentName = new Map<string, string>();
  for (const entry of log.split('\x1e').slice(1)) {
    const [head = '', ...files] = entry.split('\n');
    const [commit = '', date = '', summary = ''] = head.split('\x1f');
    for (const line of files) {
      const [status = '', ...paths] = line.split('\t');
      if (!status) continue;
      const file = paths.at(-1)!;
      const name = currentName.get(file) ?? file;
      // A rename: what this commit calls `paths[0]` is, in newer commits, `name`.
      if (status.startsWith('R')) currentName.set(paths[0]!, name);
      const list = changes.get(name) ?? [];
      list.push({ date, commit, summary });
      changes.set(name, list);
    }
  }
  return {
    available: true,
    changesOf: (file) => changes.get(path.relative(root, path.resolve(root, file)).split(path.sep).join('/')) ?? [],
  };
}
