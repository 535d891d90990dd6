import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sitePages } from '../helpers/pages.ts';
import { builtPage } from '../helpers/html.ts';

test('every external link is a well-formed https URL', () => {
  const bad: string[] = [];
  let external = 0;
  for (const page of sitePages()) {
    const $ = builtPage(page);
    for (const a of $('a[href]').toArray()) {
      const href = $(a).attr('href')!;
      if (href.startsWith('/') || href.startsWith('#')) continue;
      external++;
      let url: URL | undefined;
      try {
        url = new URL(href);
      } catch {
        // reported below
      }
      if (!url || url.protocol !== 'https:' || !url.hostname.includes('.')) bad.push(`${page}: ${href}`);
    }
  }
  assert.ok(external > 40, 'the articles cite external sources');
  assert.deepEqual(bad, []);
});

test('visible text has no space before a full stop, comma or question mark, Latin or Arabic (a sign of markup split across lines)', () => {
  const found: string[] = [];
  for (const page of sitePages()) {
    const $ = builtPage(page);
    $('script, style, template').remove();
    const text = $('body').text().replace(/\s+/g, ' ');
    for (const match of text.matchAll(/\S{0,30}[^\s.] [.,،؟](?=\s|$)\S{0,10}/g)) found.push(`${page}: …${match[0]}…`);
  }
  assert.deepEqual(found, []);
});
