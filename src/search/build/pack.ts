import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { transform } from 'esbuild';

type Warn = (message: string) => void;

/**
 * Pagefind's WebAssembly files (`wasm.<language>.pagefind`, the largest download of opening search)
 * come as gzip, which Pagefind's browser code unpacks itself; Zopfli, a slower but denser gzip encoder,
 * packs the same bytes about 3 KB smaller. Each is replaced only after checking that the new file
 * unpacks to exactly the same bytes. Whatever Pagefind's version: a file that is not gzip (a release
 * that ships its WebAssembly otherwise) is left as written, with a warning. Returns the bytes saved, by file.
 */
export async function packWasm(pagefindDir: string, warn: Warn) {
  const saved: Record<string, number> = {};
  for (const name of readdirSync(pagefindDir).filter((file) => /^wasm\..+\.pagefind$/.test(file))) {
    const file = path.join(pagefindDir, name);
    const packed = readFileSync(file);
    let raw: Buffer;
    try {
      raw = gunzipSync(packed);
    } catch {
      warn(`${name} left as written: not gzip`);
      continue;
    }
    const repacked = Buffer.from(await gzipAsync(raw, { numiterations: 15 }));
    if (repacked.length >= packed.length || !gunzipSync(repacked).equals(raw)) continue;
    writeFileSync(`${file}.new`, repacked);
    renameSync(`${file}.new`, file);
    saved[name] = packed.length - repacked.length;
  }
  return saved;
}

/**
 * Pagefind's browser script, the second largest download of opening search, comes with its long names;
 * esbuild shortens them (about 2 KB less, gzip) and changes nothing else. A script esbuild cannot read
 * is left as written, with a warning. Returns the bytes saved.
 */
export async function minifyScript(pagefindDir: string, warn: Warn) {
  const file = path.join(pagefindDir, 'pagefind.js');
  try {
    const code = readFileSync(file, 'utf8');
    const { code: minified } = await transform(code, { minify: true, format: 'esm', legalComments: 'inline' });
    writeFileSync(file, minified);
    return code.length - minified.length;
  } catch (error) {
    warn(`Pagefind's script left as written: ${(error as Error).message}`);
    return 0;
  }
}
