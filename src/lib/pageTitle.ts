/**
 * The document title: the page's own title with the site name after it, when the two fit in the
 * roughly 70 characters that browser tabs and search engines show; the page's title alone when not
 * (the page's title matters more than ours); the site name alone on the home page.
 */
export const TITLE_LIMIT = 70;

export function documentTitle(title: string, siteName: string, template: string, isHome: boolean): string {
  if (isHome) return siteName;
  const withSite = template.replace('{title}', title).replace('{site}', siteName);
  return withSite.length <= TITLE_LIMIT ? withSite : title;
}

/**
 * A title that must fit on its own (a mission's full name), or its short form when it does not, cut at
 * a word with an ellipsis if even that is too long.
 */
export function fitTitle(full: string, short: string): string {
  if (full.length <= TITLE_LIMIT) return full;
  if (short.length <= TITLE_LIMIT) return short;
  const cut = short.slice(0, TITLE_LIMIT - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
