import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { onePerRoot, synonymGroups, synonymProblems } from '../lib/synonyms';
import { isStopWord, roughRoot } from '../components/search/query';
import { getGlossary } from '../lib/glossary';
import { LANGS } from '../i18n/routing';
import type { Lang } from '../i18n/ui';

/**
 * The synonym groups the search box uses, one file per language: the reviewed list plus glossary names.
 * Building it checks the list, so a repeated word or id fails the build with the file and the group.
 * The search index step then moves the groups into the index folder's word-list file, which search
 * loads when it opens (src/integrations/pagefind/site-words.ts).
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
  return new Response(JSON.stringify(lang === 'en' ? onePerRoot(groups, roughRoot) : groups), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
