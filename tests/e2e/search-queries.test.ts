import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/builtSite.ts';
import { ROOT } from '../helpers/site.ts';

// Reader questions kept outside the repo (../shared/search/queries.json), so the site is tested against
// questions its writers did not choose.
const QUERIES_FILE = path.join(ROOT, '../shared/search/queries.json');
if (!existsSync(QUERIES_FILE)) throw new Error(`${QUERIES_FILE} is missing: the search tests need the shared reader questions`);
const { queries } = JSON.parse(readFileSync(QUERIES_FILE, 'utf8')) as { queries: { q: string; answer: string[] }[] };

const site = useBuiltSite();
let page: Page;
before(async () => {
  page = await site.session();
});

/** Text of the section a #anchor link points to: its heading up to the next heading, as Pagefind cuts sections. */
function sectionText(page: Page, href: string): Promise<string> {
  return page.evaluate(async (link) => {
    const url = new URL(link, location.href);
    const doc = new DOMParser().parseFromString(await (await fetch(url.pathname)).text(), 'text/html');
    const heading = doc.getElementById(decodeURIComponent(url.hash.slice(1)));
    if (!heading) return '';
    const isHeading = (node: Element) => node.matches('h1, h2, h3, h4, h5, h6, .heading-wrapper');
    let text = heading.textContent ?? '';
    for (let node = (heading.closest('.heading-wrapper') ?? heading).nextElementSibling; node && !isHeading(node); node = node.nextElementSibling) {
      text += ` ${node.textContent}`;
    }
    return text;
  }, href);
}

for (const { q, answer } of queries) {
  test(`searching "${q}" shows, in the first three results, a section containing ${answer.join(', ')}`, async () => {
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent(q)}`);
    await page.locator('.search-results .search-result').first().waitFor({ timeout: 5000 });
    const sectionLinks = await page
      .locator('.search-results > .search-result')
      .evaluateAll((results) =>
        results.slice(0, 3).flatMap((result) => [...result.querySelectorAll<HTMLAnchorElement>('a.search-section')].map((a) => a.href)),
      );
    assert.ok(sectionLinks.length > 0, 'the first results show sections');
    const texts = await Promise.all(sectionLinks.map((href) => sectionText(page, href)));
    const hit = texts.findIndex((text) => answer.every((word) => text.toLowerCase().includes(word.toLowerCase())));
    assert.ok(hit >= 0, `no shown section contains ${answer.join(', ')}:\n${sectionLinks.join('\n')}`);
  });
}
