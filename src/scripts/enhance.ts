// Everything an article page runs before the reader opens search. Kept tiny on purpose (budget:
// 3 KB gzip); the search code is a separate chunk loaded by ./search-trigger.ts on demand.
import './theme-toggle.ts';
import './search-trigger.ts';
import './copy-link.ts';
import './current-section.ts';
