import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runQuery, type EngineData } from '../../src/search/core/engine.ts';
import type { PagefindApi, PagefindResult } from '../../src/search/core/pagefind-api.ts';
import type { PageOutline } from '../../src/search/contract.ts';

/**
 * A stand-in for Pagefind's browser API over a few pages of text: a word finds each page that has it,
 * with its positions there and the score given to that page. (Pagefind's own behaviour is compared
 * with the engine's on the built site by tests/build/search-drift.test.ts.)
 */
function pagefindOver(pages: Record<string, { text: string; score: number }>): PagefindApi {
  const search = async (term: string | null) => ({
    results: Object.entries(pages).flatMap(([id, { text, score }]): PagefindResult[] => {
      const words = text.split(' ');
      const word = term?.replace(/"/g, '');
      const positions = words.flatMap((w, i) => (w === word ? [i] : []));
      if (positions.length === 0) return [];
      const data = async () => ({ url: `/${id}/`, content: text, meta: { title: id }, anchors: [] });
      return [{ id, score, words: positions, data }];
    }),
  });
  return { options: async () => {}, init: async () => {}, search, preload: async () => {} };
}

const data: EngineData = {
  synonyms: new Map(),
  pageCount: 3,
  frequent: new Map(),
  suggest: async () => undefined,
  outline: async () => ({}) as PageOutline,
};

/** Two pages with "military" and "observers": three words apart, or in a row; the first Pagefind ranks higher. */
const NEAR_AND_PHRASE = {
  near: { text: 'the military patrol posts and observers watch the line', score: 2 },
  phrase: { text: 'the patrol posts of military observers watch the line', score: 1 },
};

test('words next to each other in the order typed rank a page above one where they only stand near', async () => {
  const pagefind = pagefindOver({
    ...NEAR_AND_PHRASE,
    other: { text: 'a page about something else entirely', score: 1 },
  });
  const { hits } = await runQuery(pagefind, 'military observers', data);
  assert.deepEqual(
    hits.map((hit) => hit.id),
    ['phrase', 'near'],
  );
});

test('the same words typed the other way round get no phrase bonus there', async () => {
  const { hits } = await runQuery(pagefindOver(NEAR_AND_PHRASE), 'observers military', data);
  assert.deepEqual(
    hits.map((hit) => hit.id),
    ['near', 'phrase'],
  );
});
