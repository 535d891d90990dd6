import { build } from 'astro';
import path from 'node:path';
import { ROOT } from './site.ts';

/**
 * Builds the site from a fixture's content folder into tests/.output/<name>/ and returns that
 * folder. The output must sit inside the project: prerender chunks import bare packages.
 */
export async function buildFixture(name: string): Promise<string> {
  const outDir = path.join(ROOT, 'tests/.output', name);
  const previous = process.env['CONTENT_DIR'];
  process.env['CONTENT_DIR'] = `./tests/fixtures/${name}/content`;
  try {
    await build({
      root: ROOT,
      outDir,
      // A cache per fixture, so one fixture's content never leaks into another's build.
      cacheDir: path.join(ROOT, 'tests/.output', `${name}-cache`),
      logLevel: 'silent',
    });
  } finally {
    if (previous === undefined) delete process.env['CONTENT_DIR'];
    else process.env['CONTENT_DIR'] = previous;
  }
  return outDir;
}
