import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBuiltSite } from '../helpers/builtSite.ts';
import { pagesToSweep } from '../helpers/pages.ts';

// Each page swept (one per template in each language, every article and special page; every page in
// the full sweep) read with JavaScript off. Its section links without JavaScript are followed, at every
// screen size, in section-links.test.ts.
const pages = pagesToSweep();

// Every page opened below must stay on 127.0.0.1, log no error or CSP violation and set no cookie.
const site = useBuiltSite();

for (const path of pages) {
  test(`${path} is readable without JavaScript: its h1 and main text show, and search is a link to the search page`, async () => {
    const page = await site.sharedSession({ javaScriptEnabled: false });
    await page.goto(site.origin + path);
    // What the reader sees, read in one go: a heading shows when it has a box and is not hidden.
    const shown = await page.evaluate(() => ({
      h1: [...document.querySelectorAll('h1')].filter((h1) => {
        const box = h1.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(h1).visibility === 'visible';
      }).length,
      text: document.querySelector('main')?.innerText.length ?? 0,
      search: document.querySelector('site-search a.search-button')?.getAttribute('href') ?? '',
    }));
    assert.equal(shown.h1, 1, 'one visible h1');
    assert.ok(shown.text > 200, `main shows only ${shown.text} characters`);
    assert.match(shown.search, /\/search\/$/, 'the search entry falls back to the search page');
  });
}
