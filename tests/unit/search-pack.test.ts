import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { minifyScript, packWasm } from '../../src/search/build/pack.ts';

test('Pagefind’s WebAssembly is packed smaller to exactly the same bytes, whatever the language; a file that is not gzip is left as written, with a warning', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'search-pack-'));
  try {
    const raw = Buffer.from('(module) '.repeat(4000));
    writeFileSync(path.join(dir, 'wasm.en.pagefind'), gzipSync(raw, { level: 1 }));
    writeFileSync(path.join(dir, 'wasm.pt-br.pagefind'), gzipSync(raw, { level: 1 }));
    writeFileSync(path.join(dir, 'wasm.xx.pagefind'), raw);
    const warnings: string[] = [];
    const saved = await packWasm(dir, (message) => warnings.push(message));
    assert.deepEqual(Object.keys(saved).sort(), ['wasm.en.pagefind', 'wasm.pt-br.pagefind']);
    for (const file of Object.keys(saved)) {
      assert.ok(saved[file] > 0, `${file} smaller`);
      assert.deepEqual(gunzipSync(readFileSync(path.join(dir, file))), raw, `${file}: the same bytes`);
    }
    assert.deepEqual(readFileSync(path.join(dir, 'wasm.xx.pagefind')), raw);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /wasm\.xx\.pagefind left as written: not gzip/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Pagefind’s script is shortened by esbuild; a script esbuild cannot read is left as written, with a warning', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'search-pack-'));
  try {
    const file = path.join(dir, 'pagefind.js');
    writeFileSync(
      file,
      'const pagefind_version = "9.9.9";\nexport const search = async (term) => {\n  return term;\n};\n',
    );
    const warnings: string[] = [];
    assert.ok((await minifyScript(dir, (message) => warnings.push(message))) > 0);
    assert.doesNotMatch(readFileSync(file, 'utf8'), /pagefind_version/, 'names shortened');
    writeFileSync(file, 'export const = ;');
    assert.equal(await minifyScript(dir, (message) => warnings.push(message)), 0);
    assert.equal(readFileSync(file, 'utf8'), 'export const = ;');
    assert.match(warnings.join('\n'), /Pagefind's script left as written/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
