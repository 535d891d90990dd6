import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spreadMarkers } from '../../src/lib/mapMarkers.ts';
import { layoutTimeline, TIMELINE_UNITS } from '../../src/lib/timeline.ts';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

test('markers at one place, or a few units apart, are set apart until none overlaps, each near its place', () => {
  // Four missions at one capital (as in Luanda), two a unit apart, and one far away that must not move.
  const points: [number, number][] = [
    [500, 300],
    [500, 300],
    [500, 300],
    [500, 300],
    [503, 301],
    [504, 299],
    [100, 100],
  ];
  const placed = spreadMarkers(points, 14.5);
  for (let i = 0; i < placed.length; i++)
    for (let j = i + 1; j < placed.length; j++)
      assert.ok(
        distance(placed[i]!, placed[j]!) >= 14.3,
        `${i} and ${j} are ${distance(placed[i]!, placed[j]!)} apart`,
      );
  for (const p of placed) assert.ok(distance(p, { x: p.x0, y: p.y0 }) < 40, JSON.stringify(p));
  assert.deepEqual(placed.at(-1), { x: 100, y: 100, x0: 100, y0: 100 });
  // The same input gives the same map on every build.
  assert.deepEqual(spreadMarkers(points, 14.5), placed);
});

test('the timeline puts the largest group first, each oldest first, on a decade axis that spans every bar', () => {
  const layout = layoutTimeline(
    [
      { id: 'b', group: 'OSCE', start: '1998-10', end: '1999-06' },
      { id: 'c', group: 'UN', start: '1991-04', end: '' },
      { id: 'a', group: 'UN', start: '1948-05', end: '' },
      { id: 'd', group: 'AU', start: '2003', end: '2003' },
    ],
    2026.9,
  );
  assert.deepEqual(
    layout.groups.map((g) => [g.name, g.bars.map((b) => b.id)]),
    [
      ['UN', ['a', 'c']],
      ['AU', ['d']],
      ['OSCE', ['b']],
    ],
  );
  assert.deepEqual(
    layout.ticks.map((t) => t.year),
    [1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020, 2030],
  );
  assert.equal(layout.ticks[0]!.x, 0);
  assert.equal(layout.ticks.at(-1)!.x, TIMELINE_UNITS);
  for (const bar of layout.groups.flatMap((g) => g.bars)) {
    assert.ok(bar.x >= 0 && bar.x + bar.width <= TIMELINE_UNITS + 0.1, bar.id);
    // A mission of months still shows as a mark a reader can see on a phone.
    assert.ok(bar.width >= 25, `${bar.id} is ${bar.width} wide`);
  }
  assert.equal(layout.groups[0]!.bars[0]!.ongoing, true);
});
