/**
 * The contract between search's build steps (./build/) and the search box (./browser/, through
 * ./core/loader.ts): the files the build writes beside Pagefind's in `pagefind/`, their names and what
 * they hold. Both sides import these types, so a change to one side that the other does not follow
 * fails `astro check`; `CONTRACT_VERSION` is written into each language's word-list file, and a search
 * box that finds another version ignores the build's files (search still answers, from Pagefind's
 * own), so a page cached from one build never misreads the files of another.
 */

/** Raised whenever a file below changes what it holds or how. */
export const CONTRACT_VERSION = 2;

/** What the search box says once a search has run, in the page's language (src/i18n/ui.ts). */
export interface SearchMessages {
  foundOne: string;
  foundMany: string;
  noResults: string;
  missingWords: string;
  partial: string;
  didYouMean: string;
  quotedWord: string;
  listSeparator: string;
  unusedWords: string;
  more: string;
}

/**
 * `search-data.<lang>.json`, written by the site's endpoint (src/pages/search-data.[lang].json.ts) from
 * the content and the UI strings, then copied into the word-list file below by the build.
 */
export interface SearchData {
  synonyms: string[][];
  messages: SearchMessages;
}
export const searchDataFile = (lang: string) => `search-data.${lang}.json`;

/** `pagefind/site-words.<lang>.json`: what the search box loads with its first search. */
export interface SiteWords {
  version: number;
  /** How many pages of this language the index holds, for weighing rare words above common ones. */
  pages: number;
  /**
   * The words whose lookup downloads more than `FREQUENT_LOOKUP_BYTES` (src/search/ranking.ts), as
   * the build measured it: empty on a site where none does.
   */
  frequent: Record<string, FrequentWord>;
  /** Keys of the vocabulary files that exist, but those under a split letter. */
  vocabulary: string[];
  /** The letters whose vocabulary is split by the next letter (every file under them exists). */
  vocabularySplit: string[];
  /** The reviewed synonym groups, from `search-data.<lang>.json`. */
  synonyms: string[][];
  /** The status line's sentences, from the same file; missing on a site built without the endpoint. */
  messages?: SearchMessages;
  /** Each page was cut into section files (below); otherwise results use Pagefind's page data. */
  sections: boolean;
}
export const siteWordsFile = (lang: string) => `site-words.${lang}.json`;

/**
 * A frequent word: the key its positions are stored under in the outlines (the forms of one word that
 * Pagefind files together share it), how many pages hold it, and what looking it up downloads, in KB.
 */
export type FrequentWord = [key: string, pages: number, kb: number];

/**
 * `pagefind/words.<lang>.<key>.json`: the site's words filed under one key (./core/vocabulary.ts),
 * most used first, for "Did you mean".
 */
export const vocabularyFile = (lang: string, key: string) => `words.${lang}.${key}.json`;

/**
 * Where a section sits and how its words count, as a tuple to keep the outline small:
 * - start: position of its first word (its heading's first word) in the page's words;
 * - heading: how many words its heading has (none for the text before the first heading);
 * - weight: how much more a word of the heading counts than one of the text (Pagefind's default for
 *   the heading's element; text weighs 1);
 * - figures: words holding a digit (a question asking "how many" or "when" is answered by such a section).
 */
export type SectionOutline = [start: number, heading: number, weight: number, figures: number];

/** `pagefind/sections/<page id>.json`: a page's title, topic and where each of its sections starts. */
export interface PageOutline {
  url: string;
  title: string;
  topic?: string;
  sections: SectionOutline[];
  /** Where each frequent word (by its key) is on the page: word positions, as Pagefind counts them. */
  frequent?: Record<string, number[]>;
}

/** `pagefind/sections/<page id>.<n>.json`: a section's heading id (none for the page's opening), title and text. */
export interface SectionText {
  id?: string;
  title: string;
  /** The section's words joined by single spaces. */
  text: string;
}

/** The folder, beside Pagefind's files, of each page's outline and section texts, and their names. */
export const SECTIONS_FOLDER = 'sections';
export const outlineFile = (pageId: string) => `${SECTIONS_FOLDER}/${pageId}.json`;
export const sectionFile = (pageId: string, section: number) => `${SECTIONS_FOLDER}/${pageId}.${section}.json`;
