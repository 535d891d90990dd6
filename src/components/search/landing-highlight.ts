/**
 * A search result's link carries the query's words in the parameter that `<site-search>` names
 * (data-highlight-param, from ./highlight-param.ts). On arrival the words are marked in the section the
 * link points to; the marking code loads only then (./highlight.ts). Nothing is imported eagerly here,
 * so the page's one script stays one file.
 */
const param = document.querySelector<HTMLElement>('site-search')?.dataset['highlightParam'];
const words = param ? new URLSearchParams(location.search).get(param) : null;
if (param && words) void import('./highlight.ts').then(({ highlightSection }) => highlightSection(param, words.split(/\s+/).filter(Boolean)));
