import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { onePerRoot, synonymGroups, synonymProblems } from '../search/build/synonyms';
import { isStopWord, roughRoot } from '../search/core/query';
import { getGlossary } from '../lib/glossary';
import { LANGS } from '../i18n/routing';
import { uiStrings, type Lang } from '../i18n/ui';
import type { SearchData, SearchMessages } from '../search/contract';

/**
 * What the search box needs from the site's content and strings, one file per language, loaded with its
 * first search: the synonym groups (the reviewed list plus glossary names) and the sentences of
 * the status line. Building it checks the list, so a repeated word or id fails the build with the file and
 * the group. The search index step then copies it into the index folder's word-list file
 * (src/search/build/site-words.ts).
 */
export const getStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));

const lists = { en: 'synonyms', ar: 'synonymsAr' } as const satisfies Record<Lang, string>;

export const GET: APIRoute = async ({ params }) => {
  const lang = params['lang'] as Lang;
  const entries = await getCollection(lists[lang]);
  const file = entries[0]?.filePath ?? `content/search/synonyms.${lang}.yaml`;
  const problems = synonymProblems(
    file,
    entries.map(({ data }) => data),
  );
  if (problems.length > 0) throw new Error(`Search synonym errors:\n${problems.join('\n')}`);
  const glossary = await getGlossary(lang);
  // A phrase with a function word would download that word's large index entry, so the search box
  // never looks it up; and Pagefind finds "deaths" when asked for "death", so of the English words
  // that differ only by an ending the first is enough.
  const usable = (entry: string) => entry.split(' ').every((word) => !isStopWord(word));
  const groups = synonymGroups(
    entries.map(({ data }) => data),
    glossary,
    usable,
  );
  const ui = uiStrings(lang);
  const t = ui.search;
  const messages: SearchMessages = {
    foundOne: t.foundOne,
    foundMany: t.foundMany,
    noResults: t.noResults,
    missingWords: t.missingWords,
    partial: t.partial,
    didYouMean: t.didYouMean,
    quotedWord: t.quotedWord,
    listSeparator: ui.listSeparator,
    unusedWords: t.unusedWords,
    more: t.more,
  };
  const data: SearchData = { synonyms: lang === 'en' ? onePerRoot(groups, roughRoot) : groups, messages };
  return new Response(JSON.stringify(data), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
