import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { LANGUAGES, uiStrings, type Lang } from '../../src/i18n/ui.ts';
import { splitLocalePath } from '../../src/i18n/routing.ts';
import { sitePages } from '../helpers/pages.ts';
import { builtPage } from '../helpers/html.ts';
import { DIST } from '../helpers/site.ts';

/**
 * The Arabic edition, checked on the built pages: every page says its language and direction, has its
 * twin in the other language with links both ways, and an Arabic page shows no English interface text.
 */
const pages = sitePages();
const listed = pages.filter((page) => !page.endsWith('404.html'));
const langOf = (page: string) => splitLocalePath(page).lang;

test('both languages are built: every English page has its Arabic twin and every Arabic page its English one', () => {
  const byPath = new Map<string, Set<Lang>>();
  for (const page of listed) {
    const { lang, path: rest } = splitLocalePath(page);
    byPath.set(rest, (byPath.get(rest) ?? new Set()).add(lang));
  }
  const lonely = [...byPath].filter(([, langs]) => langs.size !== 2).map(([rest, langs]) => `${rest}: ${[...langs]}`);
  assert.deepEqual(lonely, []);
  assert.ok(listed.filter((page) => langOf(page) === 'ar').length >= 70, 'the Arabic edition has every page');
  assert.ok(pages.includes('/ar/404.html'), 'an Arabic "page not found"');
});

test('<html lang> and dir match the address on every page', () => {
  const wrong = pages.flatMap((page) => {
    const lang = langOf(page);
    const html = builtPage(page)('html');
    const found = `${html.attr('lang')} ${html.attr('dir')}`;
    return found === `${lang} ${LANGUAGES[lang].dir}` ? [] : [`${page}: ${found}`];
  });
  assert.deepEqual(wrong, []);
});

test('every page names its twins with <link rel="alternate" hreflang>, both ways, and English as the default', () => {
  const problems: string[] = [];
  for (const page of listed) {
    const $ = builtPage(page);
    const alternates = Object.fromEntries(
      $('link[rel="alternate"][hreflang]')
        .map((_, link) => [[$(link).attr('hreflang'), new URL($(link).attr('href')!).pathname]])
        .get(),
    );
    const { path: rest } = splitLocalePath(page);
    const expected = { en: rest, ar: `/ar${rest}`, 'x-default': rest };
    if (JSON.stringify(alternates) !== JSON.stringify(expected))
      problems.push(`${page}: ${JSON.stringify(alternates)}`);
  }
  assert.deepEqual(problems, []);
});

test('the sitemap pairs every page with its twin (xhtml:link hreflang)', () => {
  const sitemap = load(readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8'), { xml: true });
  const unpaired = sitemap('url')
    .map((_, url) => {
      const $url = sitemap(url);
      const langs = $url
        .find('xhtml\\:link')
        .map((__, link) => sitemap(link).attr('hreflang'))
        .get()
        .sort();
      return langs.join() === 'ar,en' ? [] : [$url.find('loc').text()];
    })
    .get();
  assert.deepEqual(unpaired, []);
});

test('the language link goes to the same page in the other language, named in that language', () => {
  const $ = builtPage('/articles/untso/');
  const link = $('a[data-language-link]');
  assert.equal(link.attr('href'), '/ar/articles/untso/');
  assert.equal(link.attr('hreflang'), 'ar');
  assert.equal(link.attr('lang'), 'ar');
  assert.equal(link.text().trim(), 'العربية');
  const back = builtPage('/ar/articles/untso/')('a[data-language-link]');
  assert.equal(back.attr('href'), '/articles/untso/');
  assert.equal(back.text().trim(), 'English');
});

/** Every English interface string long enough to be told apart from a name, with its placeholders cut out. */
function englishStrings(): string[] {
  const arabic = JSON.stringify(uiStrings('ar'));
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      for (const piece of value.split(/\{[a-z]+\}/))
        if (/[a-z]{3}/.test(piece) && piece.trim().length >= 5 && !arabic.includes(piece.trim()))
          out.push(piece.trim());
    } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(uiStrings('en'));
  return out;
}

test('no Arabic page shows an English interface string (text, labels, titles, or strings its scripts show)', () => {
  const strings = englishStrings();
  assert.ok(strings.includes('Skip to main content'), 'the check reads the string table');
  const found: string[] = [];
  for (const page of pages.filter((p) => langOf(p) === 'ar')) {
    const $ = builtPage(page);
    // Sources are described in English on purpose, marked lang="en"; Latin names are set apart in <bdi>.
    $('[lang="en"], script, style, bdi, code').remove();
    const attributes = $('*')
      .map((_, element) =>
        Object.entries((element as { attribs: Record<string, string> }).attribs)
          .filter(([name]) => /^(aria-label|title|placeholder|alt|content|data-[a-z-]+)$/.test(name))
          .map(([, value]) => value)
          .filter((value) => !/^(https?:|\/)/.test(value)),
      )
      .get();
    const shown = [$('body').text(), $('title').text(), ...attributes].join('\n');
    for (const text of strings) if (shown.includes(text)) found.push(`${page}: "${text}"`);
  }
  assert.deepEqual(found, []);
});

test('a translated article uses only its original’s section ids, so a section link works in both languages', () => {
  for (const page of listed.filter((p) => /^\/ar\/articles\/[^/]+\/$/.test(p))) {
    const ids = (p: string) =>
      builtPage(p)('.article-body :is(h2, h3)[id]')
        .map((_, heading) => heading.attribs['id'])
        .get();
    const english = new Set(ids(splitLocalePath(page).path));
    const arabic = ids(page);
    assert.ok(arabic.length > 0, page);
    assert.deepEqual(
      arabic.filter((id) => !english.has(id)),
      [],
      page,
    );
  }
});

test('Arabic pages write digits as 0–9, as the UN’s Arabic pages do', () => {
  const eastern = pages
    .filter((p) => langOf(p) === 'ar')
    .filter((p) => /[\u0660-\u0669]/.test(builtPage(p)('body').text()));
  assert.deepEqual(eastern, []);
});
