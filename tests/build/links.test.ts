import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findBrokenLinks } from '../../src/lib/linkCheck.ts';
import { DIST } from '../helpers/site.ts';
import { htmlFileOf, sitePages } from '../helpers/pages.ts';

test('every internal link and #fragment of the built site resolves', () => {
  assert.deepEqual(findBrokenLinks(DIST), []);
});

test('every external link is a well-formed https URL', () => {
  const bad: string[] = [];
  let external = 0;
  for (const page of sitePages()) {
    for (const [, raw] of readFileSync(htmlFileOf(page), 'utf8').matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) {
      const href = raw.replace(/&amp;/g, '&');
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
