/**
 * A search result's link carries the query's words (?highlight=…). On arrival the words are marked in
 * the section the link points to; the marking code loads only then (./highlight.ts).
 */
import { HIGHLIGHT_PARAM } from './highlight-param.ts';

const words = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
if (words) void import('./highlight.ts').then(({ highlightSection }) => highlightSection(words.split(/\s+/).filter(Boolean)));
