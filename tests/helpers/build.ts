import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { build } from 'astro';
import path from 'node:path';
import { ROOT } from './site.ts';

const LOCK = path.join(ROOT, 'tests/.output/build.lock');

/** Whether a process with this id is running. */
function running(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs `work` while no other test file builds. Astro writes the list of content modules a build
 * imports into the project's own .astro folder, whatever the output folder: a build running beside
 * another would render its pages from the other's list. The lock file names the process holding it,
 * so a lock left by a process that died is taken over.
 */
async function oneBuildAtATime<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder = NaN;
      try {
        holder = Number(readFileSync(LOCK, 'utf8'));
      } catch {
        continue; // released in between
      }
      if (holder && !running(holder)) rmSync(LOCK, { force: true });
      else await sleep(200);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { force: true });
  }
}

/**
 * Builds the site from a fixture's content folder into tests/.output/<output>/ (the fixture's name
 * unless told) and returns that folder. The output must sit inside the project: prerender chunks
 * import bare packages.
 */
export async function buildFixture(name: string, env: Record<string, string> = {}, output = name): Promise<string> {
  const outDir = path.join(ROOT, 'tests/.output', output);
  const variables: Record<string, string> = { CONTENT_DIR: `./tests/fixtures/${name}/content`, ...env };
  const previous = Object.fromEntries(Object.keys(variables).map((key) => [key, process.env[key]]));
  Object.assign(process.env, variables);
  try {
    await oneBuildAtATime(() =>
      build({
        root: ROOT,
        outDir,
        // A cache per fixture, so one fixture's content never leaks into another's build.
        cacheDir: path.join(ROOT, 'tests/.output', `${output}-cache`),
        logLevel: 'silent',
      }),
    );
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  return outDir;
}

/**
 * Builds a fixture that must fail, and returns what a writer would read: Astro's message and the file
 * it points at (`loc.file`), joined. Fails the test when the fixture builds.
 */
export async function buildError(fixture: string): Promise<string> {
  try {
    await buildFixture(fixture);
  } catch (error) {
    const { message, loc } = error as Error & { loc?: { file?: string } };
    return `${loc?.file ?? ''}\n${message.replace(/\*\*/g, '')}`;
  }
  assert.fail(`the ${fixture} fixture built without an error`);
}

/** Builds the real site (content/) into tests/.output/<name>/ with `env` set (say, BASE_PATH). */
export const buildRealSite = (name: string, env: Record<string, string>) =>
  buildFixture(name, { CONTENT_DIR: './content', ...env });
