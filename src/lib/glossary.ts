import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANG, type Lang } from '../i18n/ui';
import { glossaryOriginal, isBehind } from './translationStamp';

/** A term in one language; `translationBehind` when its English entry has changed since it was translated. */
export type GlossaryEntry = CollectionEntry<'glossary'>['data'] & { translationBehind?: boolean };

/**
 * The glossary in `lang`: each English term's words replaced by its translation, with the English
 * source. A translated id the English lacks fails the build; an untranslated term is left out of the
 * translated glossary (and the test of twins reports it).
 */
export async function getGlossary(lang: Lang = DEFAULT_LANG): Promise<GlossaryEntry[]> {
  const english = (await getCollection('glossary')).map(({ data }) => data);
  if (lang === DEFAULT_LANG) return english;
  const translations = await getCollection('glossaryTranslations');
  const problems = translations
    .filter(({ data }) => !english.some((term) => term.id === data.id))
    .map(
      ({ data, filePath }) =>
        `${filePath ?? 'glossary translation'}: "${data.id}" is not an id of the English glossary`,
    );
  if (problems.length > 0) throw new Error(`Glossary translation errors:\n${problems.join('\n')}`);
  return english.flatMap((term) => {
    const translation = translations.find(({ data }) => data.id === term.id)?.data;
    if (!translation) return [];
    const { translates, ...words } = translation;
    return [{ ...term, ...words, translationBehind: isBehind(translates, glossaryOriginal(term)) }];
  });
}

/**
 * What a term sorts by: the Arabic glossary sorts by the word after the article "ال" (الهدنة under ه),
 * so a reader finds a term under its own first letter; `Intl.Collator` would put every such term under ا.
 */
export const sortKey = (term: string, lang: Lang) => (lang === 'ar' ? term.replace(/^ال(?=\p{L}{2})/u, '') : term);
