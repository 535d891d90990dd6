import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { GLOSSARY_TOPIC } from '../consts';

/**
 * The search dialog's topic choices, from the same data as the pages' Pagefind topic filter. Asking
 * Pagefind for them would download its whole filter index when search opens (21 KB at 10,000 pages);
 * this way Pagefind loads the filter only when a reader picks a topic.
 */
export const GET: APIRoute = async () => {
  const topics = new Set((await getCollection('articles')).map((article) => article.data.topic));
  topics.add(GLOSSARY_TOPIC);
  return new Response(JSON.stringify([...topics].sort()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
