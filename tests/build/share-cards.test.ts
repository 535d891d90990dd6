import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sitePages } from '../helpers/pages.ts';
import { builtPage } from '../helpers/html.ts';
import { DIST } from '../helpers/site.ts';

/** A PNG's width and height, from its header. */
function pngSize(file: string) {
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG', `${file} is a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('every page names a share card that exists: 1200 × 630, under 300 KB, at an absolute address', () => {
  const problems: string[] = [];
  for (const page of sitePages()) {
    const $ = builtPage(page);
    const image = $('meta[property="og:image"]').attr('content');
    if (!image || !/^https:\/\//.test(image)) {
      problems.push(`${page}: og:image "${image}" is not an absolute https address`);
      continue;
    }
    if ($('meta[name="twitter:card"]').attr('content') !== 'summary_large_image')
      problems.push(`${page}: no large twitter:card`);
    const file = path.join(DIST, decodeURIComponent(new URL(image).pathname));
    try {
      const { width, height } = pngSize(file);
      if (width !== 1200 || height !== 630) problems.push(`${page}: card is ${width} × ${height}`);
      if (statSync(file).size >= 300 * 1024) problems.push(`${page}: card is ${statSync(file).size} bytes`);
    } catch (error) {
      problems.push(`${page}: ${(error as Error).message}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('a page and its translation have cards of their own, in their own language', () => {
  const english = readFileSync(path.join(DIST, 'og/articles/untso.png'));
  const arabic = readFileSync(path.join(DIST, 'og/ar/articles/untso.png'));
  assert.notDeepEqual(english, arabic);
  assert.equal(
    builtPage('/ar/articles/untso/')('meta[property="og:image"]')
      .attr('content')
      ?.endsWith('/og/ar/articles/untso.png'),
    true,
  );
});
