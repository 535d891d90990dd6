import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArticle } from '../../src/lib/contentLint.ts';
import { articleFiles, readArticleSource } from '../helpers/content.ts';
import { builtArticleSlugs, readBuilt } from '../helpers/site.ts';

const files = articleFiles();

test('there are articles to check', () => {
  assert.ok(files.length >= 1);
});

for (const file of files) {
  test(`${file} follows the editorial rules (summary, key facts, sources, cited numbers, length)`, () => {
    assert.deepEqual(lintArticle(readArticleSource(file)), []);
  });
}

test('every glossary term has its own id on the glossary page, and every article links to real terms', () => {
  const glossary = readBuilt('glossary/index.html');
  const termIds = [...glossary.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(termIds.length >= 25, `${termIds.length} glossary terms; at least 25 expected`);
  assert.equal(new Set(termIds).size, termIds.length, 'glossary ids are unique');
  let links = 0;
  for (const slug of builtArticleSlugs()) {
    for (const [, id] of readBuilt(`articles/${slug}/index.html`).matchAll(/href="\/glossary\/#([^"]+)"/g)) {
      links++;
      assert.ok(termIds.includes(decodeURIComponent(id)), `articles/${slug} links to /glossary/#${id}, which is not a term`);
    }
  }
  assert.ok(links > 0, 'articles link to the glossary');
});
