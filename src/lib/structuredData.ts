import type { Article, BreadcrumbList, Dataset, Organization, WithContext } from 'schema-dts';

/**
 * What a page is, for search engines and reference managers (JSON-LD, typed against schema.org by
 * schema-dts, so a property a type lacks fails `astro check`).
 */

const LICENCE = 'https://creativecommons.org/licenses/by/4.0/';

const organisation = (name: string, url: string): Organization => ({ '@type': 'Organization', name, url });

export interface PageFacts {
  site: { name: string; url: string };
  title: string;
  description: string;
  url: string;
  lang: string;
  modified?: Date | undefined;
  /** The English original, for a translated page. */
  original?: { url: string; title: string } | undefined;
}

/** An article or mission page: its title, language, last change, licence, and for a translation its original. */
export function articleData(page: PageFacts): WithContext<Article> {
  const publisher = organisation(page.site.name, page.site.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: page.title,
    description: page.description,
    url: page.url,
    mainEntityOfPage: page.url,
    inLanguage: page.lang,
    ...(page.modified && { dateModified: page.modified.toISOString().slice(0, 10) }),
    author: publisher,
    publisher,
    license: LICENCE,
    ...(page.original && {
      isBasedOn: page.original.url,
      translationOfWork: {
        '@type': 'CreativeWork',
        name: page.original.title,
        url: page.original.url,
        inLanguage: 'en',
      },
    }),
  };
}

/** Where the page sits: the site, its part (articles, atlas), the page. */
export function breadcrumbData(trail: { name: string; url: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map(({ name, url }, i) => ({ '@type': 'ListItem', position: i + 1, name, item: url })),
  };
}

/** The atlas's downloads: the same missions as CSV and JSON, under CC BY 4.0. */
export function atlasData(page: PageFacts & { count: number; csv: string; json: string }): WithContext<Dataset> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: page.title,
    description: page.description,
    url: page.url,
    inLanguage: page.lang,
    license: LICENCE,
    creator: organisation(page.site.name, page.site.url),
    ...(page.modified && { dateModified: page.modified.toISOString().slice(0, 10) }),
    variableMeasured: `${page.count} missions`,
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: page.csv },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: page.json },
    ],
  };
}
