import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Search lives in one folder in layers: `core` (runs in Node and the browser) and the shared
 * `contract.ts` and `ranking.ts` under both `build` (Node, at build time) and `browser` (the search
 * box). A build step that imported browser code would pull the page's script into the build, and core
 * code that imported either side would no longer run on the other; these tests read every import.
 */
const SEARCH = path.resolve(import.meta.dirname, '../../src/search');

const sourcesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|mjs)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));

/** Every module a source imports or re-exports: statically, for its side effects only, or dynamically. */
const specifiersIn = (source: string) =>
  [
    ...source.matchAll(/^\s*(?:import|export)\s[^;]*?\bfrom\s*['"]([^'"]+)['"]/gms),
    ...source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => match[1]);

/** What `file` imports, resolved to a path when relative. */
const importsOf = (file: string) =>
  specifiersIn(readFileSync(file, 'utf8')).map((specifier) =>
    specifier.startsWith('.') ? path.resolve(path.dirname(file), specifier) : specifier,
  );

/** The imports of the files under `from` that reach into any of `forbidden` (folders under src/search). */
function crossings(from: string[], forbidden: string[]) {
  const found: string[] = [];
  let imports = 0;
  for (const file of from.flatMap((entry) =>
    entry.endsWith('.ts') ? [path.join(SEARCH, entry)] : sourcesUnder(path.join(SEARCH, entry)),
  )) {
    for (const target of importsOf(file)) {
      imports++;
      const inside = path.relative(SEARCH, target);
      if (forbidden.some((folder) => inside === folder || inside.startsWith(`${folder}/`)))
        found.push(`${path.relative(SEARCH, file)} imports ${inside}`);
    }
  }
  return { found, imports };
}

test('no build step imports a module of the search box (src/search/browser)', () => {
  const { found, imports } = crossings(['build'], ['browser']);
  assert.deepEqual(found, []);
  assert.ok(imports >= 20, `${imports} imports read under src/search/build`);
});

test('the shared core, contract and ranking knobs import neither the build steps nor the search box', () => {
  const { found, imports } = crossings(['core', 'contract.ts', 'ranking.ts'], ['build', 'browser']);
  assert.deepEqual(found, []);
  assert.ok(imports >= 10, `${imports} imports read`);
});

test('the import reader sees static, side-effect, re-exported and dynamic imports (else the tests above check nothing)', () => {
  assert.deepEqual(
    specifiersIn(
      "import {\n  a,\n  b,\n} from '../browser/x.ts';\nimport type { T } from './t.ts';\nimport '../browser/s.ts';\n" +
        "export { c } from '../browser/y.ts';\nconst d = await import('../browser/z.ts');",
    ).sort(),
    ['../browser/s.ts', '../browser/x.ts', '../browser/y.ts', '../browser/z.ts', './t.ts'],
  );
});
