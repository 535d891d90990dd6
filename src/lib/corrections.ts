import { getCollection, type CollectionEntry } from 'astro:content';

export type Correction = CollectionEntry<'corrections'>['data'];

/** Every factual correction, newest first. */
export async function getCorrections(): Promise<Correction[]> {
  return (await getCollection('corrections'))
    .map(({ data }) => data)
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
}
