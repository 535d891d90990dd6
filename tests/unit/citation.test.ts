import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apa, bibtex, chicago } from '../../src/lib/citation.ts';

const page = {
  site: 'Observer Missions',
  title: 'UNTSO: the first UN observer mission',
  url: 'https://observer-missions.org/articles/untso/',
  modified: new Date('2026-12-07T00:00:00Z'),
  lang: 'en' as const,
  key: 'observer-missions-untso',
};

test('a page cited in APA 7, Chicago and BibTeX carries its title, the site, the date of the version and its address', () => {
  assert.equal(
    apa(page),
    'Observer Missions. (2026, December 7). UNTSO: the first UN observer mission. https://observer-missions.org/articles/untso/',
  );
  assert.deepEqual(chicago(page), {
    note: 'Observer Missions, “UNTSO: the first UN observer mission,” last modified December 7, 2026, https://observer-missions.org/articles/untso/.',
    bibliography:
      'Observer Missions. “UNTSO: the first UN observer mission.” Last modified December 7, 2026. https://observer-missions.org/articles/untso/.',
  });
  const entry = bibtex(page);
  assert.match(entry, /^@misc\{observer-missions-untso,\n/);
  assert.match(entry, /author = \{\{Observer Missions\}\}/);
  assert.match(entry, /year = \{2026\},\n  month = dec,\n  date = \{2026-12-07\}/);
  assert.match(entry, /url = \{https:\/\/observer-missions\.org\/articles\/untso\/\}/);
});

test('a section’s citation names the section and links to it; an undated version says so', () => {
  const section = { ...page, section: 'Key facts', url: `${page.url}#key-facts`, modified: undefined };
  assert.equal(
    apa(section),
    'Observer Missions. (n.d.). UNTSO: the first UN observer mission: Key facts. https://observer-missions.org/articles/untso/#key-facts',
  );
});

test('an Arabic page is cited in Arabic: Arabic dates and quotation marks', () => {
  const arabic = { ...page, site: 'بعثات المراقبة', title: 'هيئة الأمم المتحدة لمراقبة الهدنة', lang: 'ar' as const };
  assert.equal(
    apa(arabic),
    'بعثات المراقبة. (2026، 7 كانون الأول/ديسمبر). هيئة الأمم المتحدة لمراقبة الهدنة. https://observer-missions.org/articles/untso/',
  );
  assert.equal(
    chicago(arabic).note,
    'بعثات المراقبة، «هيئة الأمم المتحدة لمراقبة الهدنة»، آخر تعديل في 7 كانون الأول/ديسمبر 2026، https://observer-missions.org/articles/untso/.',
  );
});
