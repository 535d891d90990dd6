import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintArticle, lintTranslation, sentences } from '../../src/lib/contentLint.ts';
import { articleFiles, readArticleSource, readTranslationSource, translationFiles } from '../helpers/content.ts';
import { builtArticleSlugs } from '../helpers/site.ts';
import { builtPage } from '../helpers/html.ts';

const files = articleFiles();

for (const file of files) {
  test(`${file} follows the editorial rules (summary, key facts, sources, cited numbers, length)`, () => {
    assert.deepEqual(lintArticle(readArticleSource(file)), []);
  });
}

for (const file of translationFiles()) {
  test(`${file} keeps the editorial rules (summary, cited key facts and numbers, the original's length)`, () => {
    assert.deepEqual(lintTranslation(readTranslationSource(file)), []);
  });
}

test('Arabic sentences are split at the Arabic question mark and full stop, without capitals', () => {
  assert.deepEqual(
    sentences('أنشئت الهيئة عام 1948. ما هي ولايتها؟ تراقب وقف إطلاق النار (S/RES/50)، وتعمل في القدس.', 'ar'),
    ['أنشئت الهيئة عام 1948.', 'ما هي ولايتها؟', 'تراقب وقف إطلاق النار (S/RES/50)، وتعمل في القدس.'],
  );
});

test('a translation that lost a paragraph, or whose key fact lost its citation, breaks the rules', () => {
  const original = readTranslationSource(translationFiles()[0]!);
  const half = original.body.slice(0, Math.floor(original.body.length / 2));
  assert.match(lintTranslation({ ...original, body: half }).join('\n'), /times its original's words/);
  const uncited = original.body.replace(/(<KeyFacts>[\s\S]*?\n- [^\n]*?)(<Cite id="[^"]+" \/>)+/, '$1');
  assert.match(lintTranslation({ ...original, body: uncited }).join('\n'), /key fact without a citation/);
});

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
