import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildError, buildFixture } from '../helpers/build.ts';
import { parseHtml } from '../helpers/html.ts';

// Fixture sites that must fail to build (and one valid one), in one file: the builds take turns in one
// process, which has Astro loaded after the first.

// Built once for the tests that read it.
let validBuild: Promise<string> | undefined;
const valid = () => (validBuild ??= buildFixture('valid'));

test('a missing frontmatter field fails the build, naming the file and the field', async () => {
  const error = await buildError('missing-field');
  assert.match(error, /missing-field\/content\/articles\/missing-summary\.mdx/);
  assert.match(error, /summary: .*Required/);
});

test('a description over 160 characters fails the build, naming the file and the field', async () => {
  const error = await buildError('description-too-long');
  assert.match(error, /long-description\.mdx/);
  assert.match(error, /description: .*160/);
});

test('a citation of an unknown key fails the build, naming the file and the key', async () => {
  assert.match(
    await buildError('unknown-citation'),
    /unknown-citation\/content\/articles\/unknown-key\.mdx: <Cite id="no-such-source" \/>/,
  );
});

test('a source that is never cited fails the build, naming the file and the key', async () => {
  assert.match(
    await buildError('unused-source'),
    /unused-source\/content\/articles\/unused-key\.mdx: source "never-cited" is never cited/,
  );
});

test('a broken internal link or #fragment fails the build, naming the source file and the link', async () => {
  const error = await buildError('broken-link');
  assert.match(
    error,
    /content\/articles\/bad-links\.mdx \(page \/articles\/bad-links\/\): link "\/glossary\/#no-such-term" points to #no-such-term/,
  );
  assert.match(error, /link "\/articles\/nowhere\/" points to a page that does not exist/);
  assert.doesNotMatch(error, /#ddr/);
});

test('a valid article builds with citations numbered by first use and every use linked back', async () => {
  const $ = parseHtml(readFileSync(path.join(await valid(), 'articles/sample/index.html'), 'utf8'));
  // "beta" is cited first (in Key facts), so it is [1]; "alpha" is [2] however often it recurs.
  const marks = $('sup.cite a')
    .map((_, a) => `${$(a).attr('href')} ${$(a).attr('id')}=${$(a).text()}`)
    .get();
  assert.deepEqual(marks, [
    '#ref-beta c1-1=[1]',
    '#ref-alpha c2-1=[2]',
    '#ref-alpha c2-2=[2]',
    '#ref-beta c1-2=[1]',
    '#ref-alpha c2-3=[2]',
  ]);
  // The reference list is in number order and links back to each of the three uses of "alpha".
  assert.deepEqual(
    $('.references li')
      .map((_, li) => $(li).attr('id'))
      .get(),
    ['ref-beta', 'ref-alpha'],
  );
  assert.deepEqual(
    $('#ref-alpha .backlink a')
      .map((_, a) => $(a).attr('href'))
      .get(),
    ['#c2-1', '#c2-2', '#c2-3'],
  );
  // A <Cite> inside a code example is shown as code, not counted.
  assert.equal($('sup.cite').length, 5);
});

test('a glossary id used twice fails the build, naming the id and the file', async () => {
  const error = await buildError('duplicate-glossary-id');
  assert.match(error, /ceasefire/);
  assert.match(error, /terms\.yaml/);
});

test('a search synonym in two groups fails the build, naming the file and the groups', async () => {
  const error = await buildError('synonym-duplicate');
  assert.match(error, /synonyms\.en\.yaml: "killed" is in group "died" and in group "lost"/);
});

test('a malformed synonym group fails the build, naming the file and the group', async () => {
  const error = await buildError('synonym-malformed');
  assert.match(error, /synonyms\.en\.yaml/);
  assert.match(error, /lonely/);
  assert.match(error, /at least two words/);
});

test('English left in an Arabic page fails the build, naming the page and the words', async () => {
  assert.match(
    await buildError('arabic-english-left'),
    /\/ar\/articles\/sample\/: English on the page: «this sentence was left in English»/,
  );
});

test('an Arabic name the terminology table rejects fails the build, naming the file, the line and the right name', async () => {
  assert.match(
    await buildError('arabic-terminology'),
    /content\/articles\/ar\/sample\.mdx:12: «منظمة مراقبة الهدنة» names United Nations Truce Supervision Organization: write «هيئة الأمم المتحدة لمراقبة الهدنة»/,
  );
});

test('a translated mission block or glossary entry whose English changed after its stamp says so, and links the English', async () => {
  const dir = await valid();
  const page = (address: string) => parseHtml(readFileSync(path.join(dir, address, 'index.html'), 'utf8'));
  // alpha's block and "ceasefire" are stamped with their English words; beta and "ddr" with older ones.
  assert.equal(page('ar/missions/alpha')('.translation-behind').length, 0);
  const beta = page('ar/missions/beta');
  assert.equal(beta('.translation-behind a[hreflang="en"]').attr('href'), '/missions/beta/');
  const glossary = page('ar/glossary');
  assert.equal(glossary('#ceasefire').closest('section').find('.translation-behind').length, 0);
  assert.equal(glossary('#ddr').closest('section').find('.translation-behind a').attr('href'), '/glossary/#ddr');
});

const missionCases = [
  ['mission-unknown-task', 'an unknown task', /alpha\.yaml[\s\S]*tasks\.1/],
  ['mission-end-before-start', 'an end before the start', /alpha\.yaml[\s\S]*end: end is before start/],
  [
    'mission-bad-coordinate',
    'a coordinate out of range',
    /alpha\.yaml[\s\S]*coordinates\.lat: latitude must be between -90 and 90/,
  ],
  ['mission-no-source', 'a mission without a source', /alpha\.yaml[\s\S]*sources: a mission needs at least one source/],
  ['mission-duplicate-id', 'a duplicate id', /alpha(-again)?\.yaml: duplicate mission id "alpha"/],
  [
    'mission-series-unknown-source',
    'a dated figure citing an unknown source',
    /alpha\.yaml: series\[1\] \(deployed military-observers, 1949-01\): source "no-such-source" is not the key of one of its sources/,
  ],
  [
    'mission-series-order',
    'dated figures out of order',
    /alpha\.yaml: series\[1\] \(deployed military-observers, 1948-06\): comes after a figure of 1949-01/,
  ],
  [
    'mission-series-bad-date',
    'a dated figure with a date in the wrong format',
    /alpha\.yaml[\s\S]*series\.0\.date: use "YYYY"/,
  ],
  [
    'mission-ar-mandate-missing',
    'a mandate with no Arabic mandate line',
    /alpha\.yaml[\s\S]*ar\.mandate: ar\.mandate must be given exactly when mandate is/,
  ],
] as const;

for (const [fixture, what, expected] of missionCases) {
  test(`mission data with ${what} fails the build, naming the file and the field`, async () => {
    assert.match(await buildError(fixture), expected);
  });
}

// A figure's data file with a wrong value fails the build, naming the file and the row.
const figureCases = [
  [
    'figure-unknown-source',
    'a value citing a source the article does not list',
    /sample-figure\.yaml: rows\[1\] \(1949-01\): source "no-such-source" is not among the sources of [^\n]*sample\.mdx/,
  ],
  [
    'figure-out-of-range',
    'a value above the axis maximum',
    /sample-figure\.yaml[\s\S]*rows\.1\.value: value 1500 is out of range: above the figure's axis maximum \(max: 200\)/,
  ],
  ['figure-bad-date', 'a date in the wrong format', /sample-figure\.yaml[\s\S]*rows\.1\.date: use "YYYY", "YYYY-MM"/],
] as const;

for (const [fixture, what, expected] of figureCases) {
  test(`figure data with ${what} fails the build, naming the file and the row`, async () => {
    assert.match(await buildError(fixture), expected);
  });
}
