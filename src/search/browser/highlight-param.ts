/** The search parameter that carries a query's words to the page a search result opens. */
export const HIGHLIGHT_PARAM = 'highlight';
