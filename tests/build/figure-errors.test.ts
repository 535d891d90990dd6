import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildError } from '../helpers/build.ts';

// A figure's data file with a wrong value fails the build, naming the file and the row.
const cases = [
  [
    'figure-unknown-source',
    'a value citing a source the article does not list',
    /sample-figure\.yaml: rows\[1\] \(1949-01\): source "no-such-source" is not among the sources of [^\n]*sample\.mdx/,
  ],
  [
    'figure-out-of-range',
    'a value above the axis maximum',
    /sample-figure\.yaml[\s\S]*rows\.1\.value: value 1500 is out of range: above the figure's axis maximum \(max: 200\)/,
  ],
  ['figure-bad-date', 'a date in the wrong format', /sample-figure\.yaml[\s\S]*rows\.1\.date: use "YYYY", "YYYY-MM"/],
] as const;

for (const [fixture, what, expected] of cases) {
  test(`figure data with ${what} fails the build, naming the file and the row`, async () => {
    assert.match(await buildError(fixture), expected);
  });
}
