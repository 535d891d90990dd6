import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sitePages } from '../helpers/pages.ts';
import { builtPage } from '../helpers/html.ts';

const arabicPages = sitePages().filter((page) => page.startsWith('/ar/'));

test('every UN document cited by symbol on an Arabic page links its official Arabic version, or says why there is none', () => {
  const missing: string[] = [];
  let cited = 0;
  for (const page of arabicPages) {
    const $ = builtPage(page);
    $('cite a[href^="https://undocs.org/"]').each((_, link) => {
      if ($(link).attr('href')!.startsWith('https://undocs.org/ar/')) return;
      cited++;
      const line = $(link).closest('li, dd, p');
      const hasArabic = line.find('a[href^="https://undocs.org/ar/"]').length > 0;
      const saysWhy = /لم نجد نسخة عربية رسمية/.test(line.find('.source-note').text());
      if (!hasArabic && !saysWhy) missing.push(`${page}: ${$(link).attr('href')}`);
    });
  }
  assert.ok(cited > 0, 'Arabic pages cite UN documents by symbol');
  assert.deepEqual(missing, []);
});

test('an Arabic page’s reference list puts a source’s Arabic version first, marked as Arabic', () => {
  const $ = builtPage('/ar/articles/untso/');
  const first = $('.references li .source-version').first();
  assert.ok(first.length > 0, 'a reference with an Arabic version');
  assert.equal(first.find('a').attr('hreflang'), 'ar');
  // The Arabic version comes before the original's title.
  const html = first.parent().html()!;
  assert.ok(html.indexOf('source-version') < html.indexOf('<cite lang="en"'));
});
