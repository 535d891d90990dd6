// Linked by hand when needed: a plain CSS import would put these styles on every page.
import searchStylesUrl from '../../components/search/search.css?url';

/** Links the search styles (./search.css) once; `onReady` runs when they apply, or fail to load. */
export function linkSearchStyles(onReady: () => void = () => {}) {
  let link = document.querySelector<HTMLLinkElement>(`link[href="${searchStylesUrl}"]`);
  if (!link) {
    link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: searchStylesUrl });
    document.head.append(link);
  } else if (link.sheet) return onReady();
  link.addEventListener('load', onReady);
  link.addEventListener('error', onReady);
}
