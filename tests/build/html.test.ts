import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HtmlValidate, FileSystemConfigLoader, type Report } from 'html-validate';
import { readFileSync } from 'node:fs';
import { sitePages, htmlFileOf } from '../helpers/pages.ts';

// The project's own .htmlvalidate.json: html-validate's recommended rules, one h1, no skipped levels.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const messages = (report: Report) =>
  report.results.flatMap((result) =>
    result.messages.map((m) => `${result.filePath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );

const pages = sitePages();

for (const page of pages) {
  test(`${page} is valid HTML with one h1, no skipped heading levels and unique ids`, async () => {
    const file = htmlFileOf(page);
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    assert.deepEqual(messages(report), []);
  });
}

test('the validator catches a second h1, a skipped level and a repeated id', async () => {
  const bad = `<!doctype html><html lang="en"><head><title>x</title></head><body><main>
    <h1>One</h1><h1>Two</h1><h3 id="a">Skipped</h3><p id="a">Again</p></main></body></html>`;
  const found = messages(await validator.validateString(bad, 'fixture.html')).join('\n');
  assert.match(found, /heading-level/);
  assert.match(found, /no-dup-id/);
});
