import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/site.ts';
import { nodeSearch } from '../helpers/node-search.ts';

/**
 * Mission pages are found by the names readers type: each mission's acronym, in either language (an
 * Arabic reader types the Latin acronym too), and the places a mission is known by.
 */
const missions = readdirSync(path.join(ROOT, 'content/missions'))
  .filter((name) => name.endsWith('.yaml'))
  .map(
    (name) =>
      parse(readFileSync(path.join(ROOT, 'content/missions', name), 'utf8')) as {
        id: string;
        acronym: string;
        ar?: { label?: string };
      },
  );

const sessions = { en: nodeSearch('en'), ar: nodeSearch('ar') };
const shownPages = async (lang: 'en' | 'ar', query: string, results = 3) =>
  (await sessions[lang].ask(query, { results })).map((page) => page.url);

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: each mission's acronym (or, in Arabic, the label that stands for a phrase) finds its mission page among the first three results`, async () => {
    const missed: string[] = [];
    for (const { id, acronym, ar } of missions) {
      const page = `${lang === 'ar' ? '/ar' : ''}/missions/${id}/`;
      // Where the English "acronym" is a phrase, Arabic pages show the mission's Arabic label instead.
      const typed = lang === 'ar' && ar?.label ? ar.label : acronym;
      const shown = await shownPages(lang, typed);
      if (!shown.includes(page)) missed.push(`"${typed}" → ${shown.join(', ') || 'nothing'} (wanted ${page})`);
    }
    assert.deepEqual(missed, []);
  });
}

for (const [query, mission] of [
  ['Kashmir', 'unmogip'],
  ['Golan', 'untso'],
] as const) {
  test(`searching "${query}" finds the ${mission} mission page among the first ten results`, async () => {
    // Not only the first three: a mission may rank below the articles that discuss it at length.
    assert.ok((await shownPages('en', query, 10)).includes(`/missions/${mission}/`));
  });
}
