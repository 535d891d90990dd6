import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtPage } from '../helpers/html.ts';
import { builtArticleSlugs } from '../helpers/site.ts';
import { existsSync } from 'node:fs';
import { htmlFileOf } from '../helpers/pages.ts';

// Every article ends with where to go next, and the glossary says which articles use each term: checked
// on the built pages of both languages, against the links the articles' texts really hold.
const LANGS = [
  { prefix: '', next: 'Next in reading order:', usedIn: 'Used in:' },
  { prefix: '/ar', next: 'التالية في ترتيب القراءة:', usedIn: 'يرد في:' },
];
const slugs = builtArticleSlugs();

/** Articles in reading order, as the home page lists them. */
const readingOrder = (prefix: string) =>
  builtPage(`${prefix}/`)('.article-list h3 a')
    .map((_, a) => a.attribs['href']!)
    .get();

for (const { prefix, next } of LANGS)
  test(`${prefix || '/'}: every article ends with the next one in reading order (the last with the atlas), related articles and its missions`, () => {
    const order = readingOrder(prefix);
    assert.equal(order.length, slugs.length);
    order.forEach((url, i) => {
      const $ = builtPage(url);
      const end = $('nav.read-next');
      assert.equal(end.length, 1, `${url}: no "where to go next"`);
      // Where to go next comes after the text, before the references.
      assert.ok($('.article-body').nextAll('nav.read-next').length === 1, `${url}: not after the text`);
      const following = order[i + 1];
      if (following) {
        assert.equal(end.find('a[rel="next"]').attr('href'), following, `${url}: next`);
        assert.ok(end.text().includes(next), url);
      } else assert.equal(end.find('.read-next-main a').attr('href'), `${prefix}/missions/`, `${url}: the atlas`);
      const related = end
        .find('h3 + ul:not(.read-next-missions) a')
        .map((_, a) => a.attribs['href'])
        .get();
      assert.ok(related.length > 0, `${url}: no related article`);
      assert.ok(
        related.every((href) => order.includes(href) && href !== url && href !== following),
        url,
      );
      // Each mission the text links to is among the missions listed, and each listed one has a page.
      const listed = end
        .find('.read-next-missions a')
        .map((_, a) => a.attribs['href']!)
        .get();
      const linked = $('.article-body a[href*="/missions/"]')
        .map((_, a) => a.attribs['href']!)
        .get()
        .filter((href) => /\/missions\/[^/]+\/$/.test(href));
      for (const href of linked) assert.ok(listed.includes(href), `${url}: ${href} not listed`);
      for (const href of listed) assert.ok(existsSync(htmlFileOf(href)), `${url}: ${href} has no page`);
      // "On this page" reaches it.
      assert.equal($('.toc a[href="#read-next"]').length, 1, `${url}: not in "On this page"`);
    });
  });

for (const { prefix, usedIn } of LANGS)
  test(`${prefix || '/'}: each glossary term lists exactly the articles whose text links to it`, () => {
    const order = readingOrder(prefix);
    const linking = new Map<string, string[]>();
    for (const url of order)
      builtPage(url)('.article-body a[href*="/glossary/#"]').each((_, a) => {
        const id = decodeURIComponent(a.attribs['href']!.split('#')[1]!);
        const list = linking.get(id) ?? [];
        if (!list.includes(url)) linking.set(id, [...list, url]);
      });
    assert.ok(linking.size > 10, `${linking.size} terms linked`);
    const $ = builtPage(`${prefix}/glossary/`);
    const terms = $('.glossary-term h2[id]');
    assert.ok(terms.length > 10);
    terms.each((_, h2) => {
      const id = h2.attribs['id']!;
      const section = $(h2).closest('.glossary-term');
      const listed = section
        .find('.glossary-used a')
        .map((_, a) => a.attribs['href'])
        .get();
      assert.deepEqual(listed, linking.get(id) ?? [], `${prefix}/glossary/#${id}`);
      if (listed.length > 0) assert.ok(section.find('.glossary-used').text().trim().startsWith(usedIn), id);
    });
  });
