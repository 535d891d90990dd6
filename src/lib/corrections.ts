import { getCollection, type CollectionEntry } from 'astro:content';
import { uiStrings, type Lang } from '../i18n/ui';
import { articleUrl, getArticles } from './articles';
import { getMissions, missionHeading, missionUrl } from './missions';

export type Correction = CollectionEntry<'corrections'>['data'];

/** Every factual correction, newest first. */
export async function getCorrections(): Promise<Correction[]> {
  return (await getCollection('corrections'))
    .map(({ data }) => data)
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
}

/** The title in `lang` of each page a correction can name, by the page's English address. */
export async function correctedPageTitles(lang: Lang): Promise<Map<string, string>> {
  const t = uiStrings(lang);
  return new Map<string, string>([
    ...(await getArticles(lang)).map(
      (article) => [articleUrl({ ...article, lang: 'en' }), article.data.title] as [string, string],
    ),
    ...(await getMissions(lang)).map(
      (mission) => [missionUrl(mission.id), missionHeading(mission, t.mission.heading, lang)] as [string, string],
    ),
  ]);
}
