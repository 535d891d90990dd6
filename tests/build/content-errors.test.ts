import { test } from 'node:test';
import assert from 'node:assert/strict';
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

test('a valid fixture builds, with its glossary links resolved', async () => {
  const dir = await buildFixture('valid');
  assert.ok(dir.endsWith('tests/.output/valid'));
});

test('a glossary id used twice fails the build, naming the id and the file', async () => {
  const { message } = await buildError('duplicate-glossary-id');
  assert.match(message, /ceasefire/);
  assert.match(message, /terms\.yaml/);
});
