import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { synonymGroups, synonymProblems } from '../lib/synonyms';
import { isStopWord } from '../components/search/query';

/**
 * The synonym groups the search box loads when search opens: the reviewed list plus glossary names.
 * Building it checks the list, so a repeated word or id fails the build with the file and the group.
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
  // A phrase with a function word would download that word's large index entry: the search box skips it.
  const usable = (entry: string) => entry.split(' ').every((word) => !isStopWord(word));
  const groups = synonymGroups(
    entries.map(({ data }) => data),
    glossary,
    usable,
  );
  return new Response(JSON.stringify(groups), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
