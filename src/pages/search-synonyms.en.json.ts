import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { onePerRoot, synonymGroups, synonymProblems } from '../lib/synonyms';
import { isStopWord, roughRoot } from '../components/search/query';

/**
 * The synonym groups the search box uses: the reviewed list plus glossary names. Building it checks the
 * list, so a repeated word or id fails the build with the file and the group. The search index step
 * then moves the groups into the index folder's word-list file, which search loads when it opens
 * (src/integrations/pagefind/site-words.ts).
 */
export const GET: APIRoute = async () => {
  const entries = await getCollection('synonyms');
  const file = entries[0]?.filePath ?? 'content/search/synonyms.en.yaml';
  const problems = synonymProblems(
    file,
    entries.map(({ data }) => data),
  );
  if (problems.length > 0) throw new Error(`Search synonym errors:\n${problems.join('\n')}`);
  const glossary = (await getCollection('glossary')).map(({ data }) => data);
  // A phrase with a function word would download that word's large index entry, so the search box
  // never looks it up; and Pagefind finds "deaths" when asked for "death", so of the words that differ
  // only by an ending the first is enough.
  const usable = (entry: string) => entry.split(' ').every((word) => !isStopWord(word));
  const groups = onePerRoot(
    synonymGroups(
      entries.map(({ data }) => data),
      glossary,
      usable,
    ),
    roughRoot,
  );
  return new Response(JSON.stringify(groups), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
