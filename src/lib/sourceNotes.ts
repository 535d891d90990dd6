import { getCollection } from 'astro:content';
import type { Lang } from '../i18n/ui';

let notes: Promise<Map<string, string>> | undefined;

/**
 * A source's note (written in English, the site's own words) in `lang`, from
 * content/sources/notes.<lang>.yaml. Every note has its translation: src/lib/arabicEdition.ts fails the
 * build, naming the file, before a page could show one in English.
 */
export async function translatedNote(note: string, lang: Lang): Promise<string> {
  if (lang !== 'ar') return note;
  notes ??= getCollection('sourceNotes').then((entries) => new Map(entries.map(({ data }) => [data.en, data.ar])));
  const found = (await notes).get(note);
  if (found === undefined) throw new Error(`The source note "${note}" has no Arabic in content/sources/notes.ar.yaml`);
  return found;
}
