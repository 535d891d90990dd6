import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { CheerioAPI } from 'cheerio';
import { builtPage } from '../helpers/html.ts';
import { builtArticleSlugs, DIST } from '../helpers/site.ts';

/**
 * Every article's figures, as built, in both languages: each one a complete reference object (a
 * caption, a name and a finding for screen readers, a table, a CSV with the table's rows, sources that
 * resolve to the reference list, a licence, a place in "On this page"), and no script.
 */
const articles = builtArticleSlugs().flatMap((slug) => [`/articles/${slug}/`, `/ar/articles/${slug}/`]);
const figuresOf = ($: CheerioAPI) => $('main figure.figure').toArray();
/** Digits only: "about 46,000–85,000" and "46000;85000" compare alike. */
const digits = (text: string) => text.match(/\d+/g)?.join('') ?? '';

test('every article has at least one figure, in both languages, and each figure has its twin', () => {
  assert.ok(articles.length >= 10, `${articles.length} article pages`);
  for (const page of articles) {
    const ids = figuresOf(builtPage(page)).map((figure) => figure.attribs['id']);
    assert.ok(ids.length >= 1, `${page} has a figure`);
    if (!page.startsWith('/ar/'))
      assert.deepEqual(
        figuresOf(builtPage(`/ar${page}`)).map((figure) => figure.attribs['id']),
        ids,
        `${page}: the Arabic page shows the same figures`,
      );
  }
});

test('every figure is named by its caption, drawn as an image with a name and a finding, and holds no script', () => {
  const problems: string[] = [];
  for (const page of articles) {
    const $ = builtPage(page);
    const text = (id: string | undefined) => (id ? $(`[id="${id}"]`).text().trim() : '');
    for (const element of figuresOf($)) {
      const figure = $(element);
      const where = `${page}#${element.attribs['id']}`;
      if (!element.attribs['id']?.startsWith('figure-')) problems.push(`${where}: id`);
      if (text(element.attribs['aria-labelledby']).length < 10) problems.push(`${where}: accessible name`);
      if (figure.find('figcaption .figure-caption').text().trim().length < 40) problems.push(`${where}: caption`);
      const svg = figure.children('svg[role="img"]');
      if (svg.length !== 1) problems.push(`${where}: one drawing`);
      if (!text(svg.attr('aria-labelledby'))) problems.push(`${where}: the drawing's name`);
      if (text(svg.attr('aria-describedby')).length < 40) problems.push(`${where}: the drawing's finding`);
      if (figure.find('script, [onclick], [onload]').length > 0) problems.push(`${where}: a script`);
    }
  }
  assert.deepEqual(problems, []);
});

test("every figure's CSV holds its table's rows, and its sources are numbered marks that lead to the reference list", () => {
  const problems: string[] = [];
  for (const page of articles) {
    const $ = builtPage(page);
    for (const element of figuresOf($)) {
      const figure = $(element);
      const where = `${page}#${element.attribs['id']}`;
      const href = figure.find('.figure-links a[download]').attr('href') ?? '';
      const file = path.join(DIST, href);
      if (!href.endsWith('.csv') || !existsSync(file)) {
        problems.push(`${where}: no CSV at ${href}`);
        continue;
      }
      if (page.startsWith('/ar/') !== href.startsWith('/ar/'))
        problems.push(`${where}: the CSV in the page's language`);
      const csv = parseCsv(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
      const rows = figure.find('table tbody tr').toArray();
      if (rows.length === 0 || rows.length !== csv.length)
        problems.push(`${where}: ${rows.length} table rows, ${csv.length} CSV rows`);
      rows.forEach((row, i) => {
        const cells = $(row).children('th, td').toArray();
        const line = Object.values(csv[i] ?? {});
        // Each number the reader sees in a numeric cell is in the CSV row; the row's date is its first column.
        for (const cell of cells.filter((c) => $(c).hasClass('number')))
          if (
            !line.some((value) => value && digits(value) === digits($(cell).text())) &&
            !line.join('').includes(digits($(cell).text()))
          )
            problems.push(`${where}: row ${i + 1}, ${$(cell).text()} is not in the CSV`);
        const date = $(cells[0]).find('time').attr('datetime');
        if (date && line[0] !== date) problems.push(`${where}: row ${i + 1}, date ${date} vs ${line[0]}`);
        const keys = $(row)
          .find('.figure-marks a')
          .map((_, a) => a.attribs['href']!.replace('#ref-', ''))
          .get();
        if (keys.join('; ') !== csv[i]?.[Object.keys(csv[i]!).at(-2)!])
          problems.push(`${where}: row ${i + 1}, source keys`);
      });
      const marks = figure.find('.figure-source sup.cite a');
      if (marks.length === 0) problems.push(`${where}: no source marks`);
      marks.each((_, mark) => {
        const target = mark.attribs['href']!.slice(1);
        if ($(`.references li[id="${target}"]`).length !== 1) problems.push(`${where}: ${target} is not a reference`);
        if (!/^\[\d+\]$/.test($(mark).text())) problems.push(`${where}: mark ${$(mark).text()}`);
        // The reference list links back to this mark.
        if ($(`.references a[href="#${mark.attribs['id']}"]`).length !== 1) problems.push(`${where}: no back link`);
      });
      if (figure.find('a[rel="license"]').attr('href') !== 'https://creativecommons.org/licenses/by/4.0/')
        problems.push(`${where}: licence`);
    }
  }
  assert.deepEqual(problems, []);
});

test('"On this page" lists every figure, by number and title, and its link leads to it', () => {
  for (const page of articles) {
    const $ = builtPage(page);
    for (const element of figuresOf($)) {
      const id = element.attribs['id']!;
      const entry = $(`table-of-contents a[href="#${id}"]`);
      assert.equal(entry.length, 1, `${page}: "On this page" links to #${id}`);
      assert.ok(entry.text().includes($(element).find('.figure-title').text().replace(/\s+/g, ' ').trim().slice(-12)));
    }
  }
});

test('in Arabic, bars run from the right as the page reads, and years run from left to right as in English', () => {
  for (const [page, id] of [
    ['/ar/articles/untso/', 'figure-untso-strength'],
    ['/articles/untso/', 'figure-untso-strength'],
  ] as const) {
    const svg = builtPage(page)(`#${id} > svg`);
    const width = Number(svg.attr('viewBox')!.split(' ')[2]);
    const bars = svg.find('.bar rect').toArray();
    const ends = bars.map((rect) =>
      page.startsWith('/ar/') ? Number(rect.attribs['x']) + Number(rect.attribs['width']) : Number(rect.attribs['x']),
    );
    assert.deepEqual(new Set(ends), new Set([page.startsWith('/ar/') ? width : 0]), `${page}: bars start at one edge`);
    assert.equal(svg.attr('direction'), page.startsWith('/ar/') ? 'rtl' : 'ltr');
  }
  for (const page of ['/articles/what-is-an-observer-mission/', '/ar/articles/what-is-an-observer-mission/']) {
    const $ = builtPage(page);
    const svg = $('#figure-missions-by-organisation > svg');
    assert.equal(svg.attr('direction'), 'ltr', `${page}: time is drawn left to right`);
    const years = svg
      .find('.axis text')
      .toArray()
      .filter((text) => /^\d{4}$/.test($(text).text().trim()))
      .map((text) => [Number(text.attribs['x']), Number($(text).text().trim())] as const);
    assert.ok(years.length >= 3);
    assert.ok(
      years.every(([x, year], i) => i === 0 || (x > years[i - 1]![0] && year > years[i - 1]![1])),
      `${page}: later years further right`,
    );
  }
});

test('figures write numbers in Western digits in both languages', () => {
  for (const page of articles.filter((p) => p.startsWith('/ar/'))) {
    const figures = figuresOf(builtPage(page))
      .map((figure) => builtPage(page)(figure).text())
      .join(' ');
    assert.doesNotMatch(figures, /[\u0660-\u0669\u06F0-\u06F9]/, `${page}: no Eastern Arabic digits`);
  }
});

test('the atlas figures count every mission of the atlas', () => {
  const missions = (JSON.parse(readFileSync(path.join(DIST, 'missions.json'), 'utf8')) as { missions: unknown[] })
    .missions.length;
  const tasks = parseCsv(readFileSync(path.join(DIST, 'figures/missions-by-task.csv'), 'utf8'), {
    columns: true,
  }) as Record<string, string>[];
  // Watching a ceasefire stays the most common task, as the figure's finding says.
  assert.equal(tasks[0]?.['task'], 'ceasefire');
  const years = parseCsv(readFileSync(path.join(DIST, 'figures/missions-by-organisation.csv'), 'utf8'), {
    columns: true,
  }) as Record<string, string>[];
  assert.ok(
    years.every((row) => Number(row['all']) <= missions),
    'no year counts more missions than the atlas has',
  );
  const $ = builtPage('/articles/what-observers-do/');
  assert.match($('#figure-missions-by-task .figure-caption').text(), new RegExp(`of the ${missions} missions`));
});

test('mission pages: a locator map naming its places and point, a strength chart where figures allow, and the atlas links every row', () => {
  const untso = builtPage('/missions/untso/');
  const map = untso('.mission-locator');
  assert.equal(map.find('svg[role="img"] path.shaded').length, 5, 'five host countries shaded');
  assert.match(map.find('.figure-key').text(), /Egypt, Israel, Jordan, Lebanon, Syria/);
  assert.match(map.find('.figure-key').text(), /Headquarters: Jerusalem/);
  assert.match(builtPage('/ar/missions/untso/')('.mission-locator .figure-key').text(), /القدس/);
  // A place that is not a whole country on the map is named, not shaded.
  assert.match(builtPage('/missions/tiph/')('.mission-locator .figure-key').text(), /not drawn/);
  const unomig = builtPage('/missions/unomig/')('.mission-strength');
  assert.equal(unomig.find('svg[role="img"] .line').length, 3, 'observers, police and the authorised strength');
  assert.equal(builtPage('/missions/unsmis/')('.mission-strength').length, 0, 'no chart for a single figure');
  const atlas = builtPage('/missions/');
  const rows = atlas('table tbody tr').toArray();
  assert.ok(rows.length >= 60);
  for (const row of rows)
    assert.equal(atlas(row).find('a[href^="/missions/"]').length, 1, 'each row links to its mission page');
});
