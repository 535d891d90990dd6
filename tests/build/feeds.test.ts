import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { readBuilt, DIST, builtArticleSlugs } from '../helpers/site.ts';
import { builtPage } from '../helpers/html.ts';
import { sitePages } from '../helpers/pages.ts';

for (const [lang, feed] of [
  ['en', 'feed.xml'],
  ['ar', 'ar/feed.xml'],
] as const) {
  test(`the ${lang} feed is RSS that lists every ${lang} article and correction, newest first, at addresses that exist`, () => {
    const $ = load(readBuilt(feed), { xml: true });
    assert.equal($('rss > channel > language').text(), lang);
    assert.match($('rss > channel > copyright').text(), /CC BY 4\.0/);
    const links = $('item > link')
      .map((_, link) => new URL($(link).text()))
      .get();
    const prefix = lang === 'en' ? '' : `/${lang}`;
    assert.deepEqual(
      links
        .filter((link) => !link.hash)
        .map((link) => link.pathname)
        .sort(),
      builtArticleSlugs()
        .map((slug) => `${prefix}/articles/${slug}/`)
        .sort(),
    );
    const corrections = builtPage(`${prefix}/corrections/`)('ol.corrections > li');
    assert.equal(links.filter((link) => link.hash).length, corrections.length);
    for (const link of links) {
      assert.ok(existsSync(path.join(DIST, link.pathname, 'index.html')), link.href);
      if (link.hash) assert.equal(builtPage(link.pathname)(link.hash).length, 1, `${link.href}: no such entry`);
    }
    const dates = $('item > pubDate')
      .map((_, date) => new Date($(date).text()).getTime())
      .get();
    assert.deepEqual(
      dates,
      [...dates].sort((a, b) => b - a),
    );
  });
}

test('every page names its language’s feed in its head', () => {
  const wrong = sitePages().filter((page) => {
    const feed = builtPage(page)('link[rel="alternate"][type="application/rss+xml"]').attr('href');
    return feed !== (page.startsWith('/ar/') ? '/ar/feed.xml' : '/feed.xml');
  });
  assert.deepEqual(wrong, []);
});
