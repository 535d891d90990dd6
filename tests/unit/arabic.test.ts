import { vocabularyKey } from '../../src/search/core/vocabulary.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arabicForms, planQuery, withoutJoinedPreposition } from '../../src/search/core/query.ts';
import { searchWords } from '../../src/search/core/words.ts';
import { headingIds, translationProblems } from '../../src/lib/translations.ts';
import { isolateLatin } from '../../src/integrations/isolate-latin.ts';
import { localePath, splitLocalePath, entryLocale, fileLang } from '../../src/i18n/routing.ts';

test('Arabic is searched as Pagefind indexes it: no marks, no hamza on alef, no tatweel, Western digits', () => {
  assert.deepEqual(searchWords('الهُدْنَةُ'), ['الهدنة']);
  assert.deepEqual(searchWords('الأمم المتحدة'), ['الامم', 'المتحدة']);
  assert.deepEqual(searchWords('إطلاق آخر'), ['اطلاق', 'اخر']);
  assert.deepEqual(searchWords('مـراقـب'), ['مراقب']);
  assert.deepEqual(searchWords('القرار ٥٠ عام ١٩٤٨'), ['القرار', '50', 'عام', '1948']);
  // English is unchanged: accents stay as typed (Pagefind matches them either way).
  assert.deepEqual(searchWords('Sérot'), ['sérot']);
});

test('Arabic spellings the stemmer files apart are looked up too: و/ف + article, feminine plurals, the article', () => {
  assert.deepEqual(arabicForms('والبعثة'), ['البعثة']);
  assert.deepEqual(arabicForms('فالمراقبون'), ['المراقبون']);
  assert.deepEqual(arabicForms('بعثات'), ['بعثة']);
  assert.deepEqual(arabicForms('والانتخابات'), ['الانتخابات', 'الانتخابة']);
  assert.deepEqual(arabicForms('قوة'), ['القوة']);
  // A joined preposition is taken off only when the word as typed is on no page (the engine's choice).
  assert.equal(withoutJoinedPreposition('لهايتي'), 'هايتي');
  assert.equal(withoutJoinedPreposition('وبسوريا'), 'سوريا');
  assert.equal(withoutJoinedPreposition('للبعثة'), undefined);
  assert.deepEqual(arabicForms('وقف'), ['الوقف']);
  // Only a three-letter word: a longer one may begin with a preposition (لحفظ is ل + حفظ).
  assert.deepEqual(arabicForms('لحفظ'), []);
  assert.deepEqual(arabicForms('untso'), []);
  // A word that only begins with و is left alone.
  assert.deepEqual(arabicForms('وساطة'), []);
});

test('an Arabic question keeps its content words and asks for a figure when it asks "how many" or "when"', () => {
  const plan = planQuery('متى أنشئت هيئة الأمم المتحدة لمراقبة الهدنة؟');
  assert.deepEqual(
    plan.terms.map((term) => term.typed),
    ['انشئت', 'هيئة', 'الامم', 'المتحدة', 'لمراقبة', 'الهدنة'],
  );
  assert.equal(plan.wantsFigure, true);
  assert.equal(planQuery('كم عدد القتلى').wantsFigure, true);
  assert.deepEqual(planQuery('بعثات المراقبة').terms[0]!.forms, ['بعثات', 'بعثة']);
});

test('Latin runs in right-to-left text are set apart whole, without the sentence’s full stop', () => {
  const parts = isolateLatin('أنشأها القرار S/RES/50 (1948). وتعمل الهيئة (UNTSO) مع OGG-Damascus.');
  const runs = parts
    .filter((part) => part.type === 'element')
    .map((part) => (part.children[0] as { value: string }).value);
  assert.deepEqual(runs, ['S/RES/50 (1948)', 'UNTSO', 'OGG-Damascus']);
  assert.equal(
    parts.map((part) => (part.type === 'text' ? part.value : (part.children[0] as { value: string }).value)).join(''),
    'أنشأها القرار S/RES/50 (1948). وتعمل الهيئة (UNTSO) مع OGG-Damascus.',
  );
});

test('addresses: English keeps its own, every other language sits under its code', () => {
  assert.equal(localePath('en', '/articles/untso/'), '/articles/untso/');
  assert.equal(localePath('ar', '/articles/untso/'), '/ar/articles/untso/');
  assert.deepEqual(splitLocalePath('/ar/glossary/'), { lang: 'ar', path: '/glossary/' });
  assert.deepEqual(splitLocalePath('/articles/ar/'), { lang: 'en', path: '/articles/ar/' });
  assert.deepEqual(entryLocale('ar/untso'), { lang: 'ar', slug: 'untso' });
  assert.deepEqual(entryLocale('untso'), { lang: 'en', slug: 'untso' });
  assert.equal(fileLang('/repo/content/articles/ar/untso.mdx'), 'ar');
  assert.equal(fileLang('/repo/content/articles/untso.mdx'), 'en');
});

const ORIGINAL = `<KeyFacts>\n- **Born:** 1948<Cite id="a" />\n</KeyFacts>\n\n## First \\{#first\\}\n\nText.<Cite id="b" />\n\n### Second \\{#second\\}\n\nMore.<Cite id="a" />\n`;

test('a faithful translation passes: same sources, the original’s section ids', () => {
  const translation = `<KeyFacts>\n- **ولد:** 1948<Cite id="a" />\n</KeyFacts>\n\n## أول \\{#first\\}\n\nنص.<Cite id="b" />\n`;
  assert.deepEqual(translationProblems('ar/x.mdx', translation, 'x.mdx', ORIGINAL), []);
  assert.deepEqual(
    headingIds(ORIGINAL).map(({ id }) => id),
    ['first', 'second'],
  );
});

test('a translation that drops or adds a source, or invents a section id, fails naming the file and the reason', () => {
  const translation = `## أول \\{#first\\}\n\nنص.<Cite id="c" />\n\n## ثان \\{#third\\}\n\n## بلا معرف\n`;
  const problems = translationProblems('ar/x.mdx', translation, 'x.mdx', ORIGINAL).join('\n');
  assert.match(problems, /ar\/x\.mdx: does not cite "a", which x\.mdx cites/);
  assert.match(problems, /ar\/x\.mdx: cites "c", which x\.mdx does not cite/);
  assert.match(problems, /ar\/x\.mdx: heading id "third" is not a section id of x\.mdx/);
  assert.match(problems, /ar\/x\.mdx: heading "بلا معرف" needs the explicit id/);
});

test('"Did you mean" files an Arabic word under its letter after the article and joined one-letter words', () => {
  const hex = (letter: string) => letter.codePointAt(0)!.toString(16);
  for (const word of ['الهدنة', 'والهدنة', 'فالهدنة', 'بالهدنة']) assert.equal(vocabularyKey(word), hex('ه'), word);
  assert.equal(vocabularyKey('للمراقبة'), hex('م'));
  assert.equal(vocabularyKey('وقف'), hex('ق'));
  // Too short for a prefix: الى is filed as written.
  assert.equal(vocabularyKey('الى'), hex('ا'));
  assert.equal(vocabularyKey('armistice'), hex('a'));
  // A split letter files by the next letter of the same alphabet; anything else stays in the letter's file.
  const split = new Set([hex('م'), hex('a')]);
  assert.equal(vocabularyKey('المراقبة', split), `${hex('م')}-${hex('ر')}`);
  assert.equal(vocabularyKey('armistice', split), `${hex('a')}-${hex('r')}`);
  assert.equal(vocabularyKey('a1b', split), hex('a'));
  assert.equal(vocabularyKey('هدنة', split), hex('ه'));
});
