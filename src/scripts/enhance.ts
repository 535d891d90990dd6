// The one script every page runs before the reader opens search. It defines the custom elements of
// the components on every page; each element's code sits beside its component (search's in
// src/search/browser/, with the rest of search). Kept tiny on purpose
// (budget: 3 KB gzip): the search code and the index load only when search opens.
import '../components/theme-toggle.ts';
import '../components/site-menu.ts';
import '../components/language-links.ts';
import '../components/table-of-contents.ts';
import '../components/anchor-links.ts';
import '../components/cite-block.ts';
import '../search/browser/site-search.ts';
import '../search/browser/landing-highlight.ts';
