import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/builtSite.ts';
import { searchDialog } from '../helpers/search.ts';

/**
 * What makes search answer a reader's question rather than match an exact set of words. Each test
 * fails when its feature is taken away: words looked up one by one, synonyms, "Did you mean", the
 * Key facts box in the index, highlighting where the reader lands, keys typed while search loads.
 */
const site = useBuiltSite();
const ARTICLE = '/articles/what-is-an-observer-mission/';

test('a question with a word no page has still finds its answer, and says which word was left out', async () => {
  const page = await site.open(ARTICLE);
  const shown = await searchDialog(page, 'did Qatar ship a field hospital to Haiti');
  assert.match(shown.status, /No page has “ship”/);
  assert.ok(
    shown.sections.some(
      ({ href, marked }) => href.startsWith('/articles/haiti-2010-earthquake/#') && marked.includes('qatar'),
    ),
    JSON.stringify(shown.sections, null, 1),
  );
});

test('a word finds the words listed as its synonyms ("commanded" finds "chief" and "head")', async () => {
  const page = await site.open(ARTICLE);
  const shown = await searchDialog(page, 'who commanded UNTSO');
  // Found as typed, through its synonyms: neither left out nor corrected to a similar word.
  assert.doesNotMatch(shown.status, /No page has|Did you mean/);
  assert.ok(
    shown.sections.some(
      ({ href, marked }) =>
        href.startsWith('/articles/untso/#') && marked.some((word) => /^(chief|head|commander|led|leader)/.test(word)),
    ),
    JSON.stringify(shown.sections, null, 1),
  );
});

test('a misspelt word is corrected to the closest word of the site, whose word list loads only then', async () => {
  const page = await site.open(ARTICLE);
  const vocabulary: string[] = [];
  page.on('request', (request) => /\/pagefind\/words\.en\./.test(request.url()) && vocabulary.push(request.url()));
  const correct = await searchDialog(page, 'armistice lines');
  assert.doesNotMatch(correct.status, /Did you mean/);
  assert.deepEqual(vocabulary, [], 'no word list loads for words the site has');
  await page.keyboard.press('Escape');
  const misspelt = await searchDialog(page, 'armistce lines');
  assert.match(misspelt.status, /Did you mean: armistice\?/);
  assert.ok(
    misspelt.sections.some(({ marked }) => marked.includes('armistice')),
    JSON.stringify(misspelt.sections, null, 1),
  );
  assert.equal(vocabulary.length, 1, 'one word list, for the misspelt word’s first letter');
});

test('the Key facts box is searchable as a section of its own', async () => {
  const page = await site.open(ARTICLE);
  const shown = await searchDialog(page, 'UNTSO Government House');
  assert.ok(
    shown.sections.some(({ href }) => href === '/articles/untso/#key-facts'),
    JSON.stringify(shown.sections.map(({ href }) => href)),
  );
});

test('mission excerpts keep labels and values apart', async () => {
  const page = await site.open(ARTICLE);
  const labels = ['Deployed by', 'Began', 'Ended', 'Headquarters', 'Location', 'Mandate', 'Peak strength', 'Tasks'];
  const runTogether = new RegExp(`(${labels.join('|')})[^\\s:.,;)]`);
  const excerpts: string[] = [];
  for (const query of ['UNIKOM began', 'MINURSO headquarters Laayoune', 'UNMOGIP deployed by']) {
    const shown = await searchDialog(page, query);
    excerpts.push(...shown.sections.filter(({ href }) => href.startsWith('/missions/')).map(({ excerpt }) => excerpt));
    await page.keyboard.press('Escape');
  }
  assert.ok(excerpts.length >= 3, 'mission pages were among the results');
  assert.deepEqual(
    excerpts.filter((excerpt) => runTogether.test(excerpt)),
    [],
  );
});

test('following a result highlights the query words in the section it opens, and the highlight can be removed', async () => {
  const page = await site.open(ARTICLE);
  await searchDialog(page, 'Qatar field hospital');
  const result = page.locator('dialog.search-dialog a.search-section').first();
  await Promise.all([page.waitForURL((url) => url.pathname !== ARTICLE), result.click()]);
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  const marks = page.locator('main mark');
  await marks.first().waitFor();
  const marked = await marks.evaluateAll((nodes, sectionId) => {
    const heading = document.getElementById(sectionId)!;
    const after = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    const next = [...document.querySelectorAll('main h2, main h3')].find((other) => after(heading, other));
    return nodes.map((mark) => ({
      word: mark.textContent!.toLowerCase(),
      // After the section's heading, before the next heading.
      inSection: after(heading, mark) && (!next || after(mark, next)),
    }));
  }, id);
  assert.ok(
    marked.some(({ word }) => /qatar|hospital/.test(word)),
    JSON.stringify(marked),
  );
  assert.ok(
    marked.every(({ inSection }) => inSection),
    'marks are in the opened section',
  );
  const remove = page.getByRole('button', { name: 'Remove highlighting' });
  assert.equal(
    await remove.evaluate((button) => getComputedStyle(button.parentElement!).position),
    'fixed',
    'the button sits in a styled bar fixed to the window, so nothing on the page moves',
  );
  await remove.click();
  assert.equal(await marks.count(), 0, 'the marks are gone');
  assert.equal(await page.getByRole('button', { name: 'Remove highlighting' }).count(), 0, 'and so is the button');
});

test('keys typed right after Ctrl+K are all kept on a slow phone (150 ms round trip, 1.6 Mbps, 4× CPU)', async () => {
  for (const shortcut of ['Control+k', '/']) {
    const page = await site.session({ viewport: { width: 390, height: 844 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(site.origin + ARTICLE);
    const query = 'UNTSO headquarters';
    await page.keyboard.press(shortcut);
    await page.keyboard.type(query);
    const input = page.locator('dialog.search-dialog input[type="search"]');
    assert.equal(await input.inputValue(), query, `${shortcut}: every key landed in the box`);
    await page.locator('dialog.search-dialog .search-status').filter({ hasText: query }).waitFor({ timeout: 30_000 });
    assert.equal(await input.inputValue(), query, `${shortcut}: the box still holds the query once search has loaded`);
    assert.ok(
      (await page.locator('dialog.search-dialog .search-result').count()) > 0,
      `${shortcut}: results for the whole query`,
    );
  }
});
