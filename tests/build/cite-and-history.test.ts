import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { sitePages } from '../helpers/pages.ts';
import { builtPage } from '../helpers/html.ts';
import { DIST } from '../helpers/site.ts';

/** Article and mission pages, in both languages: the pages a reader cites. */
const citable = sitePages().filter((page) => /^(\/ar)?\/(articles|missions)\/[^/]+\/$/.test(page));

/** Where a page's absolute address leads in the built site, if anywhere. */
const builtFileOf = (url: string) => path.join(DIST, decodeURIComponent(new URL(url).pathname), 'index.html');

test('every article and mission page has a citation in each style, carrying its title, the site, a date and its own address', () => {
  const problems: string[] = [];
  for (const page of citable) {
    const $ = builtPage(page);
    const block = $('cite-block');
    const title = block.attr('data-title') ?? '';
    const citations = block.find('.citation');
    // English: APA, Chicago note and bibliography, BibTeX. Arabic: the Arabic form, APA, Chicago bibliography, BibTeX.
    if (citations.length !== 4) problems.push(`${page}: ${citations.length} citations`);
    const canonical = $('link[rel="canonical"]').attr('href')!;
    citations.each((_, citation) => {
      const text = $(citation).text();
      if (!text.includes(canonical)) problems.push(`${page}: a citation without the page's address`);
      if (!text.includes(title)) problems.push(`${page}: a citation without the page's title`);
      if (!text.includes(block.attr('data-site')!)) problems.push(`${page}: a citation without the site's name`);
      if (!/\d{4}/.test(text)) problems.push(`${page}: a citation without the version's date`);
    });
    if (!existsSync(builtFileOf(canonical))) problems.push(`${page}: its cited address ${canonical} leads nowhere`);
    if ($('.article-meta a[href="#cite"], .mission-page ~ * #cite, #cite').length === 0)
      problems.push(`${page}: no cite block`);
  }
  assert.ok(citable.length > 100);
  assert.deepEqual(problems, []);
});

test('a section cited from its "#" link is the page’s address with a heading id that exists', () => {
  // The browser builds a section's citation from the cite block's data and the heading's link
  // (src/components/section-cite.ts): every such link must name a heading on its page.
  const problems: string[] = [];
  for (const page of citable) {
    const $ = builtPage(page);
    $('a.anchor-link').each((_, link) => {
      const id = decodeURIComponent($(link).attr('href')!.slice(1));
      if ($(`[id="${id}"]`).filter((__, heading) => /^h[23]$/.test(heading.tagName)).length !== 1)
        problems.push(`${page}#${id}`);
    });
  }
  assert.deepEqual(problems, []);
});

test('the structured data of each citable page parses, has the properties readers’ tools need, and names the original of a translation', () => {
  const problems: string[] = [];
  for (const page of citable) {
    const $ = builtPage(page);
    const items = $('script[type="application/ld+json"]')
      .map((_, script) => JSON.parse($(script).text()) as Record<string, unknown>)
      .get() as Record<string, unknown>[];
    const article = items.find((item) => item['@type'] === 'Article');
    const trail = items.find((item) => item['@type'] === 'BreadcrumbList');
    if (!article || !trail) {
      problems.push(`${page}: no Article or BreadcrumbList`);
      continue;
    }
    for (const property of ['headline', 'url', 'inLanguage', 'license', 'publisher'])
      if (!article[property]) problems.push(`${page}: Article without ${property}`);
    if (article['url'] !== $('link[rel="canonical"]').attr('href'))
      problems.push(`${page}: Article url is not the page`);
    if (page.startsWith('/ar/') && !(article['translationOfWork'] && article['isBasedOn']))
      problems.push(`${page}: a translation that does not name its original`);
    for (const tag of ['citation_title', 'citation_public_url', 'citation_language'])
      if (!$(`meta[name="${tag}"]`).attr('content')) problems.push(`${page}: no ${tag}`);
  }
  assert.deepEqual(problems, []);
});

test('the atlas describes its downloads as a Dataset under CC BY 4.0', () => {
  for (const page of ['/missions/', '/ar/missions/']) {
    const $ = builtPage(page);
    const items = $('script[type="application/ld+json"]')
      .map((_, script) => JSON.parse($(script).text()) as Record<string, unknown>)
      .get() as Record<string, unknown>[];
    const dataset = items.find((item) => item['@type'] === 'Dataset')!;
    assert.ok(dataset, page);
    assert.equal(dataset['license'], 'https://creativecommons.org/licenses/by/4.0/');
    const formats = (dataset['distribution'] as { encodingFormat: string; contentUrl: string }[]).map(
      (download) => download.encodingFormat,
    );
    assert.deepEqual(formats, ['text/csv', 'application/json']);
  }
});

test('each article and mission page links to its history, which lists dated changes (or says it is not available)', () => {
  const problems: string[] = [];
  for (const page of citable) {
    const history = `${page}history/`;
    if (builtPage(page)(`a[href="${history}"]`).length === 0) problems.push(`${page}: no link to ${history}`);
    const $ = builtPage(history);
    const dates = $('.page-history time')
      .map((_, time) => $(time).attr('datetime'))
      .get();
    const sorted = [...dates].sort().reverse();
    if (dates.length === 0 && $('main').text().length < 100) problems.push(`${history}: neither changes nor a note`);
    if (dates.join() !== sorted.join()) problems.push(`${history}: changes not newest first`);
  }
  assert.deepEqual(problems, []);
});

test('the corrections page lists every correction, each linking to the page and section it corrected', () => {
  for (const page of ['/corrections/', '/ar/corrections/']) {
    const $ = builtPage(page);
    const items = $('ol.corrections > li');
    assert.ok(items.length > 0, `${page} lists corrections`);
    items.each((_, item) => {
      const link = $(item).find('a').first().attr('href')!;
      const [target, id] = link.split('#');
      const $target = builtPage(target!);
      if (id) assert.equal($target(`[id="${decodeURIComponent(id)}"]`).length, 1, `${page}: ${link}`);
      assert.equal($(item).find('dd').length, 2, `${page}: what it said and what it says now`);
    });
  }
});
