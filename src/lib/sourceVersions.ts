import { getCollection } from 'astro:content';
import type { Lang } from '../i18n/ui';

/** A source's version in `lang` (content/sources/versions.<lang>.yaml), found by the English address. */
export async function sourceVersion(url: string, lang: Lang) {
  if (lang !== 'ar') return undefined;
  const versions = await getCollection('sourceVersions');
  return versions.find(({ data }) => data.of === url)?.data;
}
