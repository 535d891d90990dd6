import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBuiltSite } from '../helpers/builtSite.ts';
import { within } from '../helpers/wait.ts';

// The foundation's own article: every behaviour below must work on a real page.
const ARTICLE = '/articles/what-is-an-observer-mission/';

const site = useBuiltSite();
const open = site.open;

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

test('the anchor link copies the full section URL and says so', async () => {
  const page = await open(ARTICLE, { permissions: ['clipboard-read', 'clipboard-write'] });
  const wrapper = page.locator('.article-body .heading-wrapper').nth(1);
  await wrapper.hover();
  const id = await wrapper.locator('h2, h3').getAttribute('id');
  await wrapper.locator('a.anchor-link').click();
  await within(page.locator('.toast', { hasText: 'copied' }).waitFor(), 'the message that the link was copied');
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

test('the cite block copies a citation, and a section’s "#" link offers the section’s own citation', async () => {
  const page = await open(ARTICLE, { permissions: ['clipboard-read', 'clipboard-write'] });
  const apa = page.locator('cite-block .citation').first();
  await page.locator('cite-block .copy-button').first().click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await apa.innerText());
  assert.equal(await page.locator('cite-block .copy-button').first().innerText(), 'Copied');

  const wrapper = page.locator('.article-body .heading-wrapper').nth(1);
  const id = await wrapper.locator('h2, h3').getAttribute('id');
  await wrapper.locator('a.anchor-link').click();
  const offer = page.getByRole('button', { name: 'Cite this section' });
  await within(offer.waitFor({ timeout: 5000 }), 'the offer to cite the section');
  await offer.click();
  const citation = await page.locator('.section-cite .citation').innerText();
  assert.ok(citation.includes(`${site.origin}${ARTICLE}#${id}`), citation);
  assert.ok(citation.includes(await wrapper.locator('h2, h3').innerText()), 'the section’s heading is its title');
  // The copy button takes focus, so a keyboard reader goes on from where the citation is.
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Copy');
});
