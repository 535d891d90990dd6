/**
 * The site can be served under a base path (a project page such as https://user.github.io/observer-missions/):
 * Astro's `base`, set from BASE_PATH at build time. Every internal address goes through `withBase`.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

/** "/articles/untso/" → "/observer-missions/articles/untso/" under a base path; other addresses unchanged. */
export const withBase = (path: string) => (path.startsWith('/') && !path.startsWith('//') ? `${BASE}${path}` : path);

/** The site-relative path of a page's own address: the inverse of `withBase`. */
export const withoutBase = (pathname: string) =>
  BASE && pathname.startsWith(`${BASE}/`) ? pathname.slice(BASE.length) : pathname;
