import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/builtSite.ts';
import { within } from '../helpers/wait.ts';
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
  await within(
    page.waitForURL((url) => url.searchParams.get('sort') === 'acronym' && url.searchParams.get('dir') === 'asc'),
    'the sort in the address (?sort=acronym&dir=asc)',
  );
  const ascending = await acronyms();
  assert.deepEqual(
    ascending,
    [...ascending].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
  );
  assert.equal(await page.locator('th[data-sort-key="acronym"]').getAttribute('aria-sort'), 'ascending');
  // The arrow is decoration: the button keeps its name, and aria-sort tells the state.
  assert.equal(await page.getByRole('button', { name: 'Mission', exact: true }).count(), 1);
  await page.locator('th[data-sort-key="acronym"] button').click();
  await within(
    page.waitForURL((url) => url.searchParams.get('dir') === 'desc'),
    'the reversed sort in the address (dir=desc)',
  );
  assert.deepEqual(await acronyms(), [...ascending].reverse());
});

test('filters hide other rows, reflect in the address, and a shared address restores them', async () => {
  const page = await open('/missions/');
  await page.getByLabel('Deployed by', { exact: true }).selectOption('UN');
  await page.getByLabel('Still running', { exact: true }).check();
  await within(
    page.waitForURL((url) => url.searchParams.get('organisation') === 'UN' && url.searchParams.get('ongoing') === '1'),
    'the filters in the address (?organisation=UN&ongoing=1)',
  );
  const visible = await page
    .locator('mission-atlas table tbody tr:not([hidden])')
    .evaluateAll((trs) =>
      trs.map((tr) => ({ org: (tr as HTMLElement).dataset['organisation'], end: (tr as HTMLElement).dataset['end'] })),
    );
  const expected = exported.missions.filter((m) => m.organisation === 'UN' && !m.end).length;
  assert.equal(visible.length, expected);
  assert.ok(visible.every((row) => row.org === 'UN' && !row.end));
  await within(
    page
      .locator('.filter-status')
      .filter({ hasText: `Showing ${expected} of ${ids.length}` })
      .waitFor(),
    `the status line "Showing ${expected} of ${ids.length}"`,
  );

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

/** What a reader of one phone width would notice on the atlas: text size, markers, sideways overflow. */
async function phoneProblems(page: Page, width: number) {
  await page.setViewportSize({ width, height: 800 });
  return page.evaluate(() => {
    const problems: string[] = [];
    // The timeline's smallest text, measured as drawn.
    const sizes = [...document.querySelectorAll<HTMLElement>('.mission-timeline *')]
      .filter((el) => [...el.childNodes].some((node) => node.nodeType === 3 && node.textContent!.trim()))
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => ({ text: el.textContent!.trim().slice(0, 30), size: parseFloat(getComputedStyle(el).fontSize) }));
    if (sizes.length < 100) problems.push(`only ${sizes.length} timeline texts found`);
    for (const { text, size } of sizes) if (size < 12) problems.push(`timeline text "${text}" is ${size} px`);
    // The year axis: every year shown stands apart from the next, so none reads as "19401960".
    const years = [...document.querySelectorAll<HTMLElement>('.timeline-axis > span > span')]
      .filter((el) => getComputedStyle(el).visibility !== 'hidden')
      .map((el) => ({ text: el.textContent!.trim(), box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.top < innerHeight * 50);
    for (const [a, b] of years.slice(0, -1).map((year, i) => [year, years[i + 1]!] as const))
      if (a.box.top === b.box.top && b.box.left - a.box.right < 4)
        problems.push(`the years ${a.text} and ${b.text} of the timeline's axis run together`);
    // Each marker: reachable by keyboard with a name, and the one found at its own centre.
    for (const link of document.querySelectorAll<SVGAElement>('svg.world-map a[data-mission]')) {
      const marker = link.querySelector('circle.marker')!;
      marker.scrollIntoView({ block: 'center', inline: 'center' });
      const box = marker.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      const id = link.dataset['mission'];
      const hitLink = hit?.closest<SVGAElement>('svg a');
      if (!hit || hitLink !== link)
        problems.push(`marker ${id} is covered by ${hitLink?.dataset['mission'] ?? hit?.tagName}`);
      if (link.tabIndex < 0 || !link.getAttribute('href')) problems.push(`marker ${id} cannot be focused`);
      if (!link.getAttribute('aria-label')?.trim()) problems.push(`marker ${id} has no name`);
      if (box.width < 6) problems.push(`marker ${id} is ${box.width.toFixed(1)} px wide`);
    }
    window.scrollTo(0, 0);
    // The page never scrolls sideways; a box that does shows a cue: its shadows and a visible line saying so.
    const root = document.scrollingElement!;
    if (root.scrollWidth > innerWidth) problems.push(`the page is ${root.scrollWidth} px wide`);
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      if (el.scrollWidth <= el.clientWidth + 1 || !/auto|scroll/.test(getComputedStyle(el).overflowX)) continue;
      const hint = el.previousElementSibling;
      const hintShown = hint?.matches('.scroll-hint') && hint.getClientRects().length > 0;
      if (!el.classList.contains('scroll-cue') || !hintShown)
        problems.push(`${el.tagName.toLowerCase()}.${el.className} scrolls sideways with no visible cue`);
    }
    return problems;
  });
}

test('on 320 and 390 px phones, in both languages: timeline text of 12 px or more, every marker found at its centre and named, no overflow without a cue', async () => {
  for (const path of ['/missions/', '/ar/missions/']) {
    const page = await open(path, { viewport: { width: 390, height: 800 } });
    for (const width of [320, 390]) assert.deepEqual(await phoneProblems(page, width), [], `${path} at ${width} px`);
  }
});

test('a filter that matches nothing says so in both languages, and the timeline and map follow the filters', async () => {
  // An organisation none of whose missions still runs, so "still running" leaves nothing.
  const org = [...new Set(exported.missions.map((m) => m.organisation))].find((o) =>
    exported.missions.every((m) => m.organisation !== o || m.end),
  )!;
  for (const [path, message] of [
    ['/missions/', 'No mission matches these filters.'],
    ['/ar/missions/', 'لا توجد بعثة تطابق عوامل التصفية هذه.'],
  ] as const) {
    const page = await open(`${path}?organisation=${encodeURIComponent(org)}&ongoing=1`);
    await within(page.locator('.no-match', { hasText: message }).waitFor(), `${path}: "${message}"`);
    assert.match(await page.locator('#missions-table-caption').innerText(), /^0 /);
    assert.equal(await page.locator('.mission-timeline li[data-mission]:visible').count(), 0);
    assert.equal(await page.locator('svg.world-map a[data-mission]:visible').count(), 0);
    assert.equal(await page.locator('.mission-timeline [data-filter-note]').isVisible(), true);
  }
  const page = await open('/missions/?organisation=UN');
  const expected = exported.missions.filter((m) => m.organisation === 'UN').length;
  await within(
    page.locator('.filter-status', { hasText: `Showing ${expected} of` }).waitFor(),
    `the status line "Showing ${expected} of …"`,
  );
  assert.equal(await page.locator('.mission-timeline li[data-mission]:visible').count(), expected);
  assert.equal(await page.locator('svg.world-map a[data-mission]:visible').count(), expected);
  assert.equal(await page.locator('.no-match').isVisible(), false);
  // The organisations are offered in a stated order: the most missions first, each with its count.
  const options = await page.locator('#filter-organisation option').allInnerTexts();
  const counts = options.slice(1).map((text) => Number(/\((\d+)\)$/.exec(text)?.[1]));
  assert.deepEqual(
    counts,
    [...counts].sort((a, b) => b - a),
  );
  assert.ok(options[1]!.trim().startsWith('UN ('), options[1]);
});

// On a slow phone the browser paints a page before it has read it whole, unless told to wait; the
// atlas, the largest page, is opened at its table with the processor slowed down as on such a phone.
test('nothing on the atlas moves as it loads or when its script starts (no layout shift), on a slow phone too', async () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    const page = await site.session({ viewport });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await page.addInitScript(() => {
      (window as unknown as { shifts: number[] }).shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
          (window as unknown as { shifts: number[] }).shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.origin}/missions/#table`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    const total = shifts.reduce((a, b) => a + b, 0);
    assert.ok(total < 0.001, `cumulative layout shift ${total} at ${viewport.width} px`);
  }
});
