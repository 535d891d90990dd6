import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildToc } from '../../src/lib/toc.ts';

test('h3 headings nest under the h2 before them; other levels are left out', () => {
  const toc = buildToc([
    { depth: 2, slug: 'a', text: 'A' },
    { depth: 3, slug: 'a1', text: 'A1' },
    { depth: 4, slug: 'a1x', text: 'A1x' },
    { depth: 2, slug: 'b', text: 'B' },
  ]);
  assert.deepEqual(
    toc.map((entry) => [entry.slug, entry.children.map((child) => child.slug)]),
    [
      ['a', ['a1']],
      ['b', []],
    ],
  );
});

test('an h3 before any h2 stays reachable at the top level', () => {
  const toc = buildToc([{ depth: 3, slug: 'early', text: 'Early' }]);
  assert.equal(toc[0].slug, 'early');
});
