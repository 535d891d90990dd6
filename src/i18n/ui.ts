/**
 * Every string the site's interface shows, in one table per language. Pages and components read them
 * with `uiStrings(lang)`; browser scripts get the few they need from `data-*` attributes that the
 * server renders, so no dictionary is shipped to the browser. A second language is a second table
 * typed as `UiStrings`: a missing or misspelt key fails `astro check`.
 *
 * `{name}` marks a value filled in with `fill()` (./fill.ts).
 */
const en = {
  site: {
    name: 'Observer Missions',
    tagline: 'What peacekeeping observer missions are, what observers do, and how they worked in real cases.',
    footer:
      'Observer Missions is an independent explainer. Every fact links to its source; where sources disagree, we say so.',
    sitemap: 'Sitemap',
    /** The page title with the site name, when it fits in what search engines show. */
    titleWithSite: '{title} | {site}',
  },
  skipLink: 'Skip to main content',
  nav: {
    label: 'Main',
    menu: 'Menu',
    articles: 'Articles',
    atlas: 'Atlas',
    glossary: 'Glossary',
    allSections: 'All sections',
  },
  theme: { dark: 'Dark theme' },
  search: {
    button: 'Search',
    shortcut: 'Ctrl K',
    dialogTitle: 'Search',
    close: 'Close',
    label: 'Search articles and sections',
    submit: 'Search',
    topic: 'Topic',
    allTopics: 'All topics',
    foundOne: '1 page found for “{query}”.',
    foundMany: '{count} pages found for “{query}”.',
    noResults: 'No results for “{query}”.',
    /** Shown when some words of the query are on no page, and the others were searched. */
    missingWords: 'No page has {words}; showing pages with the other words.',
    /** Shown when every word is on some page, but no page has them all. */
    partial: 'No page has all of these words; showing the pages with most of them.',
    didYouMean: 'Did you mean: {words}?',
    /** Shown when words on most of the site's pages were left out to keep the search small. */
    leftOut: 'Left out, being on most pages: {words}.',
    /** Shown when every word of the query is on most pages, so none was searched. */
    onlyCommon:
      'Every word of “{query}” is on most pages of this site: add a more specific word (a mission, a place, a year).',
    showingFor: 'Showing results for “{query}”.',
    more: 'Show more results ({count} left)',
    unavailable: 'Search is unavailable right now. The “All sections” page lists every article.',
    needsJavaScript: 'Search needs JavaScript. Every article and section is listed below.',
    keyFacts: 'Key facts',
    clearHighlight: 'Remove highlighting',
    highlighted: 'Words you searched for are highlighted.',
    pageTitle: 'Search',
    pageDescription: 'Search every article and section, or browse the full list of sections.',
    allSections: 'All articles and sections',
  },
  article: {
    updated: 'Updated',
    minutes: '{count} min read',
    keyFacts: 'Key facts',
    references: 'References',
    onThisPage: 'On this page',
    checkedOn: 'Every source below was last checked on {date}.',
    accessed: 'Accessed {date}.',
    note: 'Note: {note}',
    backToText: 'Back to text',
    linkToSection: 'Link to section: {title}',
    linkCopied: 'Link to this section copied',
  },
  home: {
    lead: 'Observer missions send unarmed officers and civilian monitors to watch a ceasefire, an armistice or an election and report what they see. This site explains what these missions are, what observers do, and how they worked in real cases. Every fact links to its source.',
    articles: 'Articles',
  },
  glossary: {
    title: 'Glossary',
    description:
      'Plain-English definitions of the terms used in peacekeeping and observer missions, from armistice to troop-contributing country.',
    lead: 'The words that come up when people talk about observer missions and peacekeeping, in plain English. Each term has its own link, such as',
    letters: 'Glossary letters',
    source: 'Source:',
    topic: 'Glossary',
  },
  atlas: {
    title: 'Observer missions atlas',
    short: 'Observer missions atlas',
    description:
      '{count} UN and regional observer missions side by side: a sortable table, a timeline and a map, each linked to the mission’s sources.',
    download: 'Download the data:',
    licence:
      'Compiled by Observer Missions from the sources listed with each mission; data licensed {licence}. Facts belong to their sources; check them there.',
    filters: 'Filter the missions',
    deployedBy: 'Deployed by',
    any: 'Any',
    task: 'Task',
    startedIn: 'Started in',
    anyDecade: 'Any decade',
    decade: '{decade}s',
    stillRunning: 'Still running',
    showing: 'Showing {shown} of {total} missions.',
    allMissions: 'All missions',
    caption: 'All {count} missions, oldest first',
    timeline: 'Timeline',
    map: 'Map',
    timelineTitle: 'Timeline of observer missions by organisation',
    timelineDescription:
      'One bar per mission from start to end, grouped by the organisation that deployed it. The table above lists the same missions in text.',
    timelineCaption:
      'Each bar runs from a mission’s start to its end; orange bars are missions still running. Select a bar for the mission’s page.',
    mapTitle: 'World map of observer missions',
    mapDescription:
      'One marker per mission at its headquarters, or in the area it watched where no headquarters is known. The table above lists the same missions in text.',
    mapCaption:
      'Markers show where each mission had its headquarters, or, where no headquarters is known, the area it watched; orange markers are missions still running. Map data: Natural Earth, public domain.',
    lead: '{count} observer and monitoring missions, from the UN’s first in 1948 to today, deployed by the United Nations, regional organisations and groups of states. Each row links to a page with the mission’s facts and the sources they come from.',
    columns: {
      acronym: 'Mission',
      name: 'Full name',
      organisation: 'Deployed by',
      start: 'Years',
      location: 'Where',
      tasks: 'Tasks',
    },
  },
  mission: {
    description: '{name} ({acronym}), {years}: dates, place, mandate, tasks and sources.',
    shortTitle: '{acronym}, an observer mission',
    deployedBy: 'Deployed by',
    began: 'Began',
    ended: 'Ended',
    stillRunning: 'still running',
    where: 'Where',
    hq: 'Headquarters',
    tasks: 'Tasks',
    mandate: 'Mandate',
    peakStrength: 'Peak strength',
    source: 'source:',
    sources: 'Sources',
    mentionedIn: 'Articles that mention {acronym}',
    present: 'present',
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. Search the site or pick an article.',
    lead: 'There is no page at this address. It may have moved, or the link may have a typo. Try',
    searchLink: 'searching the site',
    orPick: ', or pick one of the articles below.',
    articles: 'Articles',
  },
};

/** The shape every language's table must have: the English keys, any text. */
type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type UiStrings = Shape<typeof en>;

/** Languages the interface is written in, with what pages need to know about each. */
export const LANGUAGES = {
  en: { name: 'English', dir: 'ltr', locale: 'en-GB', strings: en as UiStrings },
} as const;
export type Lang = keyof typeof LANGUAGES;
export const DEFAULT_LANG: Lang = 'en';

export const uiStrings = (lang: Lang = DEFAULT_LANG): UiStrings => LANGUAGES[lang].strings;
