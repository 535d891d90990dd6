import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sitePages } from '../helpers/pages.ts';
import { builtPage } from '../helpers/html.ts';

// Pagefind titles a result by the first h1 on the page unless the page names its title: on every page
// that is the search dialog's own heading ("Search"), which would title every such result.
test('every page in the search index gives search its own title, not the search dialog’s heading', () => {
  const problems: string[] = [];
  for (const page of sitePages()) {
    const $ = builtPage(page);
    if ($('[data-pagefind-body]').length === 0) continue;
    const named = $('[data-pagefind-meta="title"]').first().text().trim();
    const heading = $('main h1').not('dialog h1').first().text().trim();
    if (!named) problems.push(`${page}: no data-pagefind-meta="title"`);
    else if (!heading.includes(named) && !named.includes(heading))
      problems.push(`${page}: search title «${named}», page heading «${heading}»`);
  }
  assert.deepEqual(problems, []);
});
