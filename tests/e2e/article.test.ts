import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/builtSite.ts';
import { scrollSettled } from '../helpers/placement.ts';

// The foundation's own article: every behaviour below must work on a real page.
const ARTICLE = '/articles/what-is-an-observer-mission/';

const site = useBuiltSite();
const open = site.open;

/** Top of the element relative to the bottom of the sticky header, and whether it is on screen. */
async function placement(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const target = document.querySelector(sel)!.getBoundingClientRect();
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    return {
      belowHeader: target.top >= header.bottom - 1,
      onScreen: target.top < innerHeight && target.bottom > 0,
      top: target.top,
    };
  }, selector);
}

test('the article renders its title, summary and a numbered reference list that citations link to', async () => {
  const page = await open(ARTICLE);
  assert.equal(await page.locator('h1').count(), 1);
  assert.match(await page.locator('h1').innerText(), /observer mission/i);
  assert.ok((await page.locator('.article-summary').innerText()).length > 40);
  const references = page.locator('.references ol > li');
  assert.ok((await references.count()) >= 3, 'at least three references');
  // Numbered in order of first use: the first citation in the text is [1].
  assert.equal(await page.locator('.cite a').first().innerText(), '[1]');
  // Every citation points at an existing reference, and every back link at an existing citation.
  const dangling = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('.cite a, .references .backlink a, a.backlink')]
      .map((a) => a.hash.slice(1))
      .filter((id) => !document.getElementById(decodeURIComponent(id))),
  );
  assert.deepEqual(dangling, []);
  // Each reference shows a link to the source itself.
  const sourceLinks = await page
    .locator('.references cite a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  assert.ok(
    sourceLinks.every((href) => href.startsWith('https://')),
    'source links are https',
  );
});

test('each heading anchor links to its own heading id', async () => {
  const page = await open(ARTICLE);
  const pairs = await page.locator('.article-body .heading-wrapper').evaluateAll((wrappers) =>
    wrappers.map((w) => ({
      id: w.querySelector('h2, h3')!.id,
      href: w.querySelector('a.anchor-link')!.getAttribute('href'),
    })),
  );
  assert.ok(pairs.length >= 4, 'the article has sections');
  for (const { id, href } of pairs) assert.equal(href, `#${id}`);
});

test('a table-of-contents link moves to its section, changes the hash and marks it current', async () => {
  const page = await open(ARTICLE);
  const link = page.locator('.toc a').nth(3);
  const hash = (await link.getAttribute('href'))!;
  await link.click();
  await page.waitForFunction((h) => location.hash === h, hash);
  await scrollSettled(page);
  await page.waitForFunction(
    (h) => document.querySelector(`.toc a[href="${h}"]`)?.getAttribute('aria-current') === 'true',
    hash,
    {
      timeout: 3000,
    },
  );
  const { belowHeader, onScreen } = await placement(page, decodeURIComponent(hash).replace(/^#/, '#'));
  assert.ok(onScreen && belowHeader, 'the section heading is in view below the header');
});

test('a deep link lands with the heading in view and not under the sticky header', async () => {
  const probe = await open(ARTICLE);
  const ids = await probe
    .locator('.article-body h2[id], .article-body h3[id]')
    .evaluateAll((hs) => hs.map((h) => h.id));
  const id = ids[Math.floor(ids.length / 2)];
  const page = await open(`${ARTICLE}#${encodeURIComponent(id)}`);
  await page.waitForFunction(() => scrollY > 0);
  await scrollSettled(page);
  const { belowHeader, onScreen } = await placement(page, `[id="${id}"]`);
  assert.ok(onScreen, 'heading on screen');
  assert.ok(belowHeader, 'heading not hidden under the header');
});

test('the anchor link copies the full section URL and says so', async () => {
  const page = await open(ARTICLE, { permissions: ['clipboard-read', 'clipboard-write'] });
  const wrapper = page.locator('.article-body .heading-wrapper').nth(1);
  await wrapper.hover();
  const id = await wrapper.locator('h2, h3').getAttribute('id');
  await wrapper.locator('a.anchor-link').click();
  await page.locator('.toast', { hasText: 'copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(decodeURIComponent(copied), `${site.origin}${ARTICLE}#${id}`);
});

test('the theme toggle switches theme and the choice survives a reload', async () => {
  const page = await open(ARTICLE, { colorScheme: 'light' });
  const toggle = page.locator('theme-toggle button');
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await background();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  const dark = await background();
  assert.notEqual(dark, light);
  await page.reload();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await background(), dark);
  assert.equal(await page.locator('theme-toggle button').getAttribute('aria-pressed'), 'true');
});

test('the theme follows the system setting when the reader has not chosen', async () => {
  const page = await open(ARTICLE, { colorScheme: 'dark' });
  assert.equal(await page.locator('theme-toggle button').getAttribute('aria-pressed'), 'true');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.equal(bg, 'rgb(19, 20, 22)');
});

test('with JavaScript off the article is readable and its table of contents works', async () => {
  const page = await open(ARTICLE, { javaScriptEnabled: false });
  assert.ok((await page.locator('.article-body').innerText()).length > 2000);
  assert.ok((await page.locator('.references li').count()) >= 3);
  const link = page.locator('.toc a').nth(2);
  const hash = (await link.getAttribute('href'))!;
  await link.click();
  await page.waitForFunction((h) => location.hash === h, hash);
  await scrollSettled(page);
  const { belowHeader, onScreen } = await placement(page, `[id="${decodeURIComponent(hash.slice(1))}"]`);
  assert.ok(onScreen && belowHeader);
  // The search entry falls back to a link to the full list of sections.
  assert.equal(await page.locator('site-search a.search-button').getAttribute('href'), '/search/');
});
