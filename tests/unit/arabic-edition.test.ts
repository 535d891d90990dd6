import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latinRunProblems } from '../../src/lib/latinRuns.ts';
import { terminologyProblems } from '../../src/lib/arabicEdition.ts';
import { arabicVersionOf } from '../../src/lib/unDocuments.ts';
import { isolatedHtml } from '../../src/lib/isolated.ts';
import { unitAfter } from '../../src/lib/plural.ts';

const page = (body: string) => `<html lang="ar" dir="rtl"><body><main>${body}</main></body></html>`;

test('three Latin words in a row on an Arabic page are English left behind; an acronym or a symbol is not', () => {
  assert.deepEqual(
    latinRunProblems(page('<p>أنشأ مجلس الأمن <bdi>UNTSO</bdi> بالقرار S/RES/50 (1948).</p>'), '/ar/x/', 'ar'),
    [],
  );
  assert.deepEqual(latinRunProblems(page('<p>البعثة UN Mission in Colombia</p>'), '/ar/x/', 'ar'), [
    '/ar/x/: English on the page: «UN Mission in Colombia»',
  ]);
  // A run stops at an Arabic word and at the end of a block: two words here, one there.
  assert.deepEqual(latinRunProblems(page('<p>One two فقط Three</p><p>four</p>'), '/ar/x/', 'ar'), []);
});

test('a source’s own title and publisher may be in their language; the site’s own words may not be marked English', () => {
  const source =
    '<li><cite lang="en" dir="ltr"><a href="#">The Blue Helmets Review</a></cite> (بالإنجليزية)، <span class="source-publisher" lang="en" dir="ltr">United Nations Department of Public Information</span>.</li>';
  assert.deepEqual(latinRunProblems(page(`<ul>${source}</ul>`), '/ar/x/', 'ar'), []);
  assert.match(
    latinRunProblems(page('<p>ملاحظة: <span lang="en">Undated page.</span></p>'), '/ar/x/', 'ar').join(),
    /the site's own words are marked as another language \(<span lang="en">\)/,
  );
});

test('an avoided rendering fails, naming the line and the rendering to use; the right name containing it does not', () => {
  const terms = [
    { id: 'imt', en: 'International Monitoring Team', ar: 'فريق الرصد الدولي', avoid: ['فريق المراقبة الدولي'] },
  ];
  const problems = terminologyProblems(
    [
      { file: 'a.mdx', line: 3, text: 'أرسل فريق المراقبة الدولي مراقبين.' },
      { file: 'a.mdx', line: 4, text: 'أرسل فريق الرصد الدولي مراقبين.' },
    ],
    terms,
  );
  assert.deepEqual(
    problems.map(({ line, message }) => `${line} ${message}`),
    [
      '3 «فريق المراقبة الدولي» names International Monitoring Team: write «فريق الرصد الدولي» (content/terminology/terms.yaml, "imt")',
    ],
  );
});

test('a UN document has an Arabic version from the year Arabic became its organ’s official language', () => {
  assert.deepEqual(arabicVersionOf('https://undocs.org/S/RES/690(1991)'), {
    kind: 'found',
    url: 'https://undocs.org/ar/S/RES/690(1991)',
    symbol: 'S/RES/690(1991)',
  });
  assert.equal(arabicVersionOf('https://undocs.org/S/RES/50(1948)')?.kind, 'predates');
  assert.equal(arabicVersionOf('https://undocs.org/A/RES/109(II)')?.kind, 'predates');
  assert.equal(arabicVersionOf('https://undocs.org/A/59/746')?.kind, 'found');
  assert.equal(arabicVersionOf('https://undocs.org/S/2000/1088')?.kind, 'found');
  assert.equal(arabicVersionOf('https://press.un.org/en/2012/sc10714.doc.htm'), undefined);
});

test('in Arabic text a quoted foreign name is marked with its language, other Latin runs are isolated', () => {
  assert.equal(
    isolatedHtml('نشرته «Jewish Virtual Library» عن TIPH و«sv:Svenskt biografiskt lexikon»', 'ar').value,
    'نشرته «<cite lang="en" dir="ltr">Jewish Virtual Library</cite>» عن <bdi>TIPH</bdi> و«<cite lang="sv" dir="ltr">Svenskt biografiskt lexikon</cite>»',
  );
  assert.equal(isolatedHtml('«A & B»', 'en').value, '«A &amp; B»');
});

test('after a number, the unit takes the form Arabic grammar gives that number', () => {
  const forms = { few: 'مراقبين', many: 'مراقبًا', other: 'مراقب' };
  assert.deepEqual(
    [3, 10, 11, 250, 350, 100, 1000].map((n) => `${n} ${unitAfter(n, forms, 'ar')}`),
    ['3 مراقبين', '10 مراقبين', '11 مراقبًا', '250 مراقبًا', '350 مراقبًا', '100 مراقب', '1000 مراقب'],
  );
});
