import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBuiltSite } from '../helpers/builtSite.ts';
import { readBuilt } from '../helpers/site.ts';

interface ExportedMission {
  id: string;
  acronym: string;
  organisation: string;
  start: string;
  end: string;
  sources: string[];
}
const exported = JSON.parse(readBuilt('missions.json')) as { licence: string; missions: ExportedMission[] };
const ids = exported.missions.map((m) => m.id).sort();

const site = useBuiltSite();
const open = site.open;

test('the atlas holds at least 60 missions, each with a source, and the downloads carry a licence', () => {
  assert.ok(ids.length >= 60, `${ids.length} missions`);
  assert.ok(
    exported.missions.every((m) => m.sources.length > 0 && m.sources.every((url) => url.startsWith('https://'))),
  );
  assert.match(exported.licence, /CC BY 4\.0/);
});

test('the atlas page says which missions it includes and which it leaves out', () => {
  const atlas = readBuilt('missions/index.html');
  assert.match(atlas, /<h2 id="which-missions">/);
  assert.match(atlas, /main task was to observe, monitor or verify/);
  assert.match(atlas, /not here/);
});

test('the CSV has the same missions as the JSON, field for field', () => {
  const [header, ...lines] = readBuilt('missions.csv').trim().split('\r\n');
  assert.equal(header.split(',')[0], 'id');
  assert.equal(lines.length, exported.missions.length);
  const csvIds = lines.map((line) => line.split(',')[0]).sort();
  assert.deepEqual(csvIds, ids);
  for (const mission of exported.missions) {
    const line = lines.find((l) => l.startsWith(`${mission.id},`))!;
    assert.ok(line.includes(`,${mission.acronym},`) || line.includes(`,"${mission.acronym}",`), mission.id);
    assert.ok(line.includes(mission.start), mission.id);
  }
});

test('the table, the timeline and the map each show every mission, linked to its page', async () => {
  const page = await open('/missions/', { javaScriptEnabled: false });
  const rows = await page
    .locator('mission-atlas table tbody tr')
    .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset['id']!));
  assert.deepEqual(rows.sort(), ids);
  const bars = await page
    .locator('.mission-timeline li[data-mission] a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const markers = await page
    .locator('svg.world-map a[data-mission]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const pages = ids.map((id) => `/missions/${id}/`).sort();
  assert.deepEqual(bars.sort(), pages);
  assert.deepEqual(markers.sort(), pages);
  // Without JavaScript the table is complete and the (JavaScript-only) filters stay hidden.
  assert.equal(await page.locator('.mission-filters').isVisible(), false);
});

test('sorting by a column reorders the rows and puts the sort in the address', async () => {
  const page = await open('/missions/');
  const acronyms = () => page.locator('mission-atlas table tbody tr:not([hidden]) th').allInnerTexts();
  await page.locator('th[data-sort-key="acronym"] button').click();
  await page.waitForURL((url) => url.searchParams.get('sort') === 'acronym' && url.searchParams.get('dir') === 'asc');
  const ascending = await acronyms();
  assert.deepEqual(
    ascending,
    [...ascending].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
  );
  assert.equal(await page.locator('th[data-sort-key="acronym"]').getAttribute('aria-sort'), 'ascending');
  // The arrow is decoration: the button keeps its name, and aria-sort tells the state.
  assert.equal(await page.getByRole('button', { name: 'Mission', exact: true }).count(), 1);
  await page.locator('th[data-sort-key="acronym"] button').click();
  await page.waitForURL((url) => url.searchParams.get('dir') === 'desc');
  assert.deepEqual(await acronyms(), [...ascending].reverse());
});

test('filters hide other rows, reflect in the address, and a shared address restores them', async () => {
  const page = await open('/missions/');
  await page.getByLabel('Deployed by').selectOption('UN');
  await page.getByLabel('Still running').check();
  await page.waitForURL(
    (url) => url.searchParams.get('organisation') === 'UN' && url.searchParams.get('ongoing') === '1',
  );
  const visible = await page
    .locator('mission-atlas table tbody tr:not([hidden])')
    .evaluateAll((trs) =>
      trs.map((tr) => ({ org: (tr as HTMLElement).dataset['organisation'], end: (tr as HTMLElement).dataset['end'] })),
    );
  const expected = exported.missions.filter((m) => m.organisation === 'UN' && !m.end).length;
  assert.equal(visible.length, expected);
  assert.ok(visible.every((row) => row.org === 'UN' && !row.end));
  await page
    .locator('.filter-status')
    .filter({ hasText: `Showing ${expected} of ${ids.length}` })
    .waitFor();

  const shared = await open(`/missions/?task=elections&decade=1990`);
  const rows = await shared
    .locator('mission-atlas table tbody tr:not([hidden])')
    .evaluateAll((trs) =>
      trs.map((tr) => ({ tasks: (tr as HTMLElement).dataset['tasks']!, start: (tr as HTMLElement).dataset['start']! })),
    );
  assert.ok(rows.length > 0);
  assert.ok(rows.every((row) => row.tasks.split(' ').includes('elections') && row.start.startsWith('199')));
  assert.equal(await shared.getByLabel('Task').inputValue(), 'elections');
});

test('the UNTSO entry links to the UNTSO article, and the article links back', async () => {
  const entry = await open('/missions/untso/');
  assert.equal(await entry.locator('a[href="/articles/untso/"]').count(), 1);
  const article = await open('/articles/untso/');
  assert.ok((await article.locator('a[href="/missions/untso/"]').count()) >= 1);
});
