import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildFixture } from '../helpers/build.ts';

/** Builds a fixture that must fail, and returns the error a writer would read. */
async function buildError(fixture: string): Promise<{ message: string; file: string }> {
  try {
    await buildFixture(fixture);
  } catch (error) {
    const { message, loc } = error as Error & { loc?: { file?: string } };
    // Astro prints `loc.file` as the error's location; citation errors carry the file in the message.
    return { message: message.replace(/\*\*/g, ''), file: loc?.file ?? message };
  }
  assert.fail(`the ${fixture} fixture built without an error`);
}

test('a missing frontmatter field fails the build, naming the file and the field', async () => {
  const { message, file } = await buildError('missing-field');
  assert.match(file, /missing-field\/content\/articles\/missing-summary\.mdx$/);
  assert.match(message, /missing-summary/);
  assert.match(message, /summary: .*Required/);
});

test('a description over 160 characters fails the build, naming the file and the field', async () => {
  const { message, file } = await buildError('description-too-long');
  assert.match(file, /long-description\.mdx$/);
  assert.match(message, /description: .*160/);
});

test('a citation of an unknown key fails the build, naming the file and the key', async () => {
  const { message } = await buildError('unknown-citation');
  assert.match(message, /unknown-citation\/content\/articles\/unknown-key\.mdx: <Cite id="no-such-source" \/>/);
});

test('a source that is never cited fails the build, naming the file and the key', async () => {
  const { message } = await buildError('unused-source');
  assert.match(message, /unused-source\/content\/articles\/unused-key\.mdx: source "never-cited" is never cited/);
});

test('a broken internal link or #fragment fails the build, naming the source file and the link', async () => {
  const { message } = await buildError('broken-link');
  assert.match(message, /content\/articles\/bad-links\.mdx \(page \/articles\/bad-links\/\): link "\/glossary\/#no-such-term" points to #no-such-term/);
  assert.match(message, /link "\/articles\/nowhere\/" points to a page that does not exist/);
  assert.doesNotMatch(message, /#ddr/);
});

test('a valid article builds with citations numbered by first use and every use linked back', async () => {
  const html = readFileSync(path.join(await buildFixture('valid'), 'articles/sample/index.html'), 'utf8');
  // "beta" is cited first (in Key facts), so it is [1]; "alpha" is [2] however often it recurs.
  const marks = [...html.matchAll(/<a id="cite-([a-z]+)-(\d)" href="#ref-\1">\[(\d)\]<\/a>/g)].map((m) => `${m[1]}${m[2]}=${m[3]}`);
  assert.deepEqual(marks, ['beta1=1', 'alpha1=2', 'alpha2=2', 'beta2=1', 'alpha3=2']);
  // The reference list is in number order and links back to each of the three uses of "alpha".
  assert.ok(html.indexOf('id="ref-beta"') < html.indexOf('id="ref-alpha"'));
  for (const n of [1, 2, 3]) assert.match(html, new RegExp(`href="#cite-alpha-${n}"`));
  // A <Cite> inside a code example is shown as code, not counted.
  assert.doesNotMatch(html, /cite-not-counted/);
});

test('a glossary id used twice fails the build, naming the id and the file', async () => {
  const { message } = await buildError('duplicate-glossary-id');
  assert.match(message, /ceasefire/);
  assert.match(message, /terms\.yaml/);
});
