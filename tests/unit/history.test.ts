import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readHistory } from '../../src/lib/history.ts';

/** A git repository with an article committed twice, on two dates, then renamed. */
function fixtureRepository() {
  const root = mkdtempSync(path.join(tmpdir(), 'history-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', root, ...args], {
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Editor',
        GIT_AUTHOR_EMAIL: 'e@example.org',
        GIT_COMMITTER_NAME: 'Editor',
        GIT_COMMITTER_EMAIL: 'e@example.org',
      },
      stdio: 'pipe',
    });
  git('init', '-q');
  mkdirSync(path.join(root, 'content/articles'), { recursive: true });
  const article = path.join(root, 'content/articles/untso.mdx');
  writeFileSync(article, 'First draft.\n');
  git('add', '.');
  git('commit', '-q', '-m', 'First draft of the UNTSO article', '--date', '2026-11-25T10:00:00Z');
  writeFileSync(article, 'First draft.\nUNTSO was set up in 1948.\n');
  git('commit', '-q', '-am', 'UNTSO: the year it was set up', '--date', '2026-12-02T10:00:00Z');
  return { root, git };
}

test('a file committed twice has two dated changes, newest first, with their summary lines', () => {
  const { root } = fixtureRepository();
  const history = readHistory(root);
  assert.equal(history.available, true);
  if (!history.available) return;
  assert.deepEqual(
    history.changesOf('content/articles/untso.mdx').map(({ date, summary }) => `${date} ${summary}`),
    ['2026-12-02 UNTSO: the year it was set up', '2026-11-25 First draft of the UNTSO article'],
  );
  assert.deepEqual(history.changesOf('content/articles/none.mdx'), []);
});

test('a renamed file keeps the changes made under its old name', () => {
  const { root, git } = fixtureRepository();
  git('mv', 'content/articles/untso.mdx', 'content/articles/untso-1948.mdx');
  git('commit', '-q', '-m', 'Rename', '--date', '2026-12-03T10:00:00Z');
  const history = readHistory(root);
  assert.ok(history.available);
  assert.equal(history.changesOf('content/articles/untso-1948.mdx').length, 3);
});

test('a shallow clone gives no history rather than a wrong one, and says how to fix it', () => {
  const { root } = fixtureRepository();
  const shallow = mkdtempSync(path.join(tmpdir(), 'shallow-'));
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, shallow], { stdio: 'pipe' });
  const history = readHistory(shallow);
  assert.equal(history.available, false);
  assert.match(history.available ? '' : history.reason, /shallow clone.*fetch-depth: 0/);
});
