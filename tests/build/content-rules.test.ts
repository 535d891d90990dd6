import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArticle } from '../../src/lib/contentLint.ts';
import { articleFiles, readArticleSource } from '../helpers/content.ts';
import { builtArticleSlugs } from '../helpers/site.ts';
import { builtPage } from '../helpers/html.ts';

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
  const glossary = builtPage('/glossary/');
  const termIds = glossary('.glossary-term h2[id]')
    .map((_, h) => glossary(h).attr('id'))
    .get();
  assert.ok(termIds.length >= 25, `${termIds.length} glossary terms; at least 25 expected`);
  assert.equal(new Set(termIds).size, termIds.length, 'glossary ids are unique');
  let links = 0;
  for (const slug of builtArticleSlugs()) {
    const $ = builtPage(`/articles/${slug}/`);
    for (const a of $('a[href^="/glossary/#"]').toArray()) {
      links++;
      const id = decodeURIComponent($(a).attr('href')!.split('#')[1]);
      assert.ok(termIds.includes(id), `articles/${slug} links to /glossary/#${id}, which is not a term`);
    }
  }
  assert.ok(links > 0, 'articles link to the glossary');
});
