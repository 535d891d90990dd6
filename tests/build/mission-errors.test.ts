import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildError } from '../helpers/build.ts';

const cases = [
  ['mission-unknown-task', 'an unknown task', /alpha\.yaml[\s\S]*tasks\.1/],
  ['mission-end-before-start', 'an end before the start', /alpha\.yaml[\s\S]*end: end is before start/],
  [
    'mission-bad-coordinate',
    'a coordinate out of range',
    /alpha\.yaml[\s\S]*coordinates\.lat: latitude must be between -90 and 90/,
  ],
  ['mission-no-source', 'a mission without a source', /alpha\.yaml[\s\S]*sources: a mission needs at least one source/],
  ['mission-duplicate-id', 'a duplicate id', /alpha(-again)?\.yaml: duplicate mission id "alpha"/],
  [
    'mission-series-unknown-source',
    'a dated figure citing an unknown source',
    /alpha\.yaml: series\[1\] \(deployed military-observers, 1949-01\): source "no-such-source" is not the key of one of its sources/,
  ],
  [
    'mission-series-order',
    'dated figures out of order',
    /alpha\.yaml: series\[1\] \(deployed military-observers, 1948-06\): comes after a figure of 1949-01/,
  ],
  [
    'mission-series-bad-date',
    'a dated figure with a date in the wrong format',
    /alpha\.yaml[\s\S]*series\.0\.date: use "YYYY"/,
  ],
  [
    'mission-ar-mandate-missing',
    'a mandate with no Arabic mandate line',
    /alpha\.yaml[\s\S]*ar\.mandate: ar\.mandate must be given exactly when mandate is/,
  ],
] as const;

for (const [fixture, what, expected] of cases) {
  test(`mission data with ${what} fails the build, naming the file and the field`, async () => {
    assert.match(await buildError(fixture), expected);
  });
}
