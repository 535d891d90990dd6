import { test } from 'node:test';
import assert from 'node:assert/strict';
import { onePerRoot, synonymGroups, synonymProblems } from '../../src/search/build/synonyms.ts';
import { isStopWord, roughRoot } from '../../src/search/core/query.ts';

const file = 'content/search/synonyms.en.yaml';

test('a word in two groups, a word twice in a group, and a repeated id are reported with the file and the group', () => {
  const problems = synonymProblems(file, [
    { id: 'died', words: ['killed', 'died'] },
    { id: 'lost', words: ['lost', 'killed', 'lost'] },
    { id: 'died', words: ['dead', 'deceased'] },
  ]);
  assert.deepEqual(problems, [
    `${file}: "killed" is in group "died" and in group "lost"`,
    `${file}: group "lost" lists "lost" twice`,
    `${file}: the group id "died" is used twice`,
  ]);
});

test('the real list has no problems', async () => {
  const { readFileSync } = await import('node:fs');
  const { parse } = await import('yaml');
  assert.deepEqual(synonymProblems(file, parse(readFileSync(file, 'utf8'))), []);
});

test('glossary names become groups, joining a reviewed group that already has one of them', () => {
  const groups = synonymGroups(
    [{ id: 'ceasefire', words: ['ceasefire', 'truce'] }],
    [
      { id: 'ceasefire', term: 'Ceasefire', aka: ['cease-fire'] },
      { id: 'unmo', term: 'Military observer', aka: ['UNMO'] },
      { id: 'alone', term: 'Buffer zone', aka: [] },
    ],
  );
  assert.deepEqual(groups, [
    ['ceasefire', 'truce', 'cease fire'],
    ['military observer', 'unmo'],
  ]);
});

test('the groups the search box downloads leave out phrases with function words and words that differ only by an ending', () => {
  const usable = (entry: string) => entry.split(' ').every((word) => !isStopWord(word));
  const groups = onePerRoot(
    synonymGroups(
      [
        { id: 'killed', words: ['killed', 'died', 'deaths', 'death', 'lost their lives'] },
        { id: 'led', words: ['in charge of', 'led'] },
      ],
      [],
      usable,
    ),
    roughRoot,
  );
  assert.deepEqual(groups, [['killed', 'died', 'deaths']]);
});
