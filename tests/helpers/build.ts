import assert from 'node:assert/strict';
import { build } from 'astro';
import path from 'node:path';
import { ROOT } from './site.ts';

/**
 * Builds the site from a fixture's content folder into tests/.output/<name>/ and returns that
 * folder. The output must sit inside the project: prerender chunks import bare packages.
 */
export async function buildFixture(name: string, env: Record<string, string> = {}): Promise<string> {
  const outDir = path.join(ROOT, 'tests/.output', name);
  const variables: Record<string, string> = { CONTENT_DIR: `./tests/fixtures/${name}/content`, ...env };
  const previous = Object.fromEntries(Object.keys(variables).map((key) => [key, process.env[key]]));
  Object.assign(process.env, variables);
  try {
    await build({
      root: ROOT,
      outDir,
      // A cache per fixture, so one fixture's content never leaks into another's build.
      cacheDir: path.join(ROOT, 'tests/.output', `${name}-cache`),
      logLevel: 'silent',
    });
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
