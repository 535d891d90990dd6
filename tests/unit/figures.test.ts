import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planCitations } from '../../src/lib/citations.ts';
import {
  articleFigureProblems,
  figureIdsInOrder,
  figurePlacements,
  figureTranslationProblems,
  missionsByTask,
  missionsByYear,
  withFigureCitations,
} from '../../src/lib/figures.ts';
import { FIGURE_WIDTH, layoutBars, layoutStrength, layoutYears, type BarInput } from '../../src/lib/figureLayout.ts';
import { buildToc, withFigures } from '../../src/lib/toc.ts';

const body = [
  'Intro.<Cite id="a" />',
  '## First \\{#first\\}',
  'Text.<Cite id="b" />',
  '<Figure id="one" />',
  '### Sub \\{#sub\\}',
  '<Figure id="two" />',
  '```mdx',
  '<Figure id="not-counted-in-code" />',
  '```',
].join('\n\n');

test('figures are found in order, outside code, with the number of headings before each', () => {
  assert.deepEqual(figureIdsInOrder(body), ['one', 'two']);
  assert.deepEqual(figurePlacements(body), [
    { id: 'one', headingsBefore: 1 },
    { id: 'two', headingsBefore: 2 },
  ]);
});

test('a figure cites its sources where it stands: a source only the figure cites is numbered there, others keep theirs', () => {
  const sources: Record<string, string[]> = { one: ['b', 'atlas'], two: ['a'] };
  const plan = planCitations(withFigureCitations(body, (id) => sources[id] ?? []));
  assert.deepEqual(
    [...plan.numbers],
    [
      ['a', 1],
      ['b', 2],
      ['atlas', 3],
    ],
  );
  // Each figure's source mark is one more use, for the reference list's back links.
  assert.equal(plan.uses.get('a'), 2);
  assert.equal(plan.uses.get('atlas'), 1);
});

test("an article's figure problems name the file: no data file, another article's figure, a figure shown twice, a file never shown", () => {
  const files = new Map([
    ['one', { article: 'sample', file: 'content/figures/one.yaml' }],
    ['theirs', { article: 'other', file: 'content/figures/theirs.yaml' }],
    ['unused', { article: 'sample', file: 'content/figures/unused.yaml' }],
  ]);
  const problems = articleFigureProblems(
    'sample.mdx',
    'sample',
    '<Figure id="one" />\n<Figure id="one" />\n<Figure id="missing" />\n<Figure id="theirs" />',
    files,
  );
  assert.deepEqual(problems, [
    'sample.mdx: <Figure id="one" /> is shown twice',
    'sample.mdx: <Figure id="missing" /> has no data file content/figures/missing.yaml',
    'sample.mdx: <Figure id="theirs" /> belongs to the article "other" (content/figures/theirs.yaml)',
    'content/figures/unused.yaml: the article sample.mdx never shows it; add <Figure id="unused" /> or remove the file',
  ]);
});

test('a translation shows its original figures, in the same order', () => {
  assert.deepEqual(figureTranslationProblems('ar/x.mdx', '<Figure id="one" />', 'x.mdx', '<Figure id="one" />'), []);
  assert.equal(figureTranslationProblems('ar/x.mdx', '', 'x.mdx', '<Figure id="one" />').length, 1);
});

test('"On this page" lists each figure under the section it sits in', () => {
  const headings = [
    { depth: 2, slug: 'first', text: 'First' },
    { depth: 3, slug: 'sub', text: 'Sub' },
    { depth: 2, slug: 'last', text: 'Last' },
  ];
  const toc = buildToc(
    withFigures(headings, [
      { headingsBefore: 1, slug: 'figure-one', text: 'Figure 1' },
      { headingsBefore: 2, slug: 'figure-two', text: 'Figure 2' },
    ]),
  );
  assert.deepEqual(
    toc.map((entry) => [entry.slug, entry.children.map((child) => child.slug)]),
    [
      ['first', ['figure-one', 'sub', 'figure-two']],
      ['last', []],
    ],
  );
});

test('a mission counts in every year from its start to its end, a running one up to the last year', () => {
  const years = missionsByYear(
    [
      { organisation: 'UN', start: '1948-05', end: '' },
      { organisation: 'OSCE', start: '1950', end: '1951-03' },
      { organisation: 'State-led', start: '1949', end: '1949' },
      { organisation: 'UN/OAS', start: '1951', end: '1952' },
    ],
    1951,
  );
  assert.deepEqual(years, [
    { year: 1948, un: 1, regional: 0, states: 0 },
    { year: 1949, un: 1, regional: 0, states: 1 },
    { year: 1950, un: 1, regional: 1, states: 0 },
    { year: 1951, un: 2, regional: 1, states: 0 },
  ]);
});

test('missions are counted under each of their tasks, most common first', () => {
  const counts = missionsByTask(
    [{ tasks: ['ceasefire', 'elections'] }, { tasks: ['ceasefire'] }],
    ['elections', 'ceasefire', 'border'],
  );
  assert.deepEqual(counts, [
    { task: 'ceasefire', count: 2 },
    { task: 'elections', count: 1 },
    { task: 'border', count: 0 },
  ]);
});

const rows: BarInput[] = [
  { heading: 'June 1948', detail: 'First truce', value: 68, qualifier: 'exact', valueText: '68' },
  { heading: 'November 2006', value: 150, qualifier: 'more-than', valueText: 'more than 150' },
  { heading: 'May 2011', low: 46, high: 85, qualifier: 'about', valueText: 'about 46–85' },
];

test('bars start at the left in English and at the right in Arabic, where their labels start too', () => {
  const ltr = layoutBars(rows, 200);
  const rtl = layoutBars(rows, 200, { rtl: true });
  assert.equal(ltr.bars[0]!.x, 0);
  assert.ok(ltr.headings[0]!.x < 5);
  assert.ok(ltr.values[0]!.x > FIGURE_WIDTH - 5);
  assert.equal(rtl.bars[0]!.x + rtl.bars[0]!.width, FIGURE_WIDTH);
  assert.ok(rtl.headings[0]!.x > FIGURE_WIDTH - 5);
  assert.ok(rtl.values[0]!.x < 5);
  // The same lengths either way.
  assert.deepEqual(
    rtl.bars.map((bar) => bar.width),
    ltr.bars.map((bar) => bar.width),
  );
});

test('a lower bound ends in an arrow, a range is drawn between its ends, and no mark leaves the drawing', () => {
  const { bars, ticks } = layoutBars(rows, 200);
  assert.equal(bars[1]!.shape, 'lower-bound');
  assert.ok(bars[1]!.arrow);
  assert.equal(bars[2]!.shape, 'range');
  assert.equal(bars[2]!.x, Math.round((46 / 200) * FIGURE_WIDTH * 10) / 10);
  for (const bar of bars) assert.ok(bar.x >= 0 && bar.x + bar.width <= FIGURE_WIDTH);
  assert.ok(ticks.length >= 3 && ticks.length <= 5, `${ticks.length} gridlines`);
});

test('time runs from left to right in both languages', () => {
  const years = Array.from({ length: 60 }, (_, i) => ({ year: 1948 + i, values: { un: i } }));
  for (const rtl of [false, true]) {
    const layout = layoutYears(years, [{ key: 'un', title: 'UN' }], rtl);
    assert.ok(layout.panels[0]!.path.startsWith('M0,'), 'the first year is at the left edge');
    const labelled = layout.ticks.flatMap((tick) => (tick.label ? [[tick.x, Number(tick.label.text)]] : []));
    assert.ok(labelled.length >= 2);
    assert.ok(
      labelled.every(([x, year], i) => i === 0 || (x! > labelled[i - 1]![0]! && year! > labelled[i - 1]![1]!)),
      'later decades further right',
    );
  }
  const strength = layoutStrength([
    {
      key: 'deployed/military-observers',
      points: [
        { date: '2000-07-01', value: 102 },
        { date: '2009-01-31', value: 131 },
      ],
    },
  ]);
  const [first, last] = strength.lines[0]!.points;
  assert.ok(first!.x < last!.x, 'the earlier figure is further left');
});
