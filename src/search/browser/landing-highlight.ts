/**
 * A search result's link carries the query's words in the parameter that `<site-search>` names
 * (data-highlight-param, from ./highlight-param.ts). On arrival the words are marked in the section the
 * link points to; the marking code loads only then (./highlight.ts).
 */
import highlightUrl from 'lazy-url:./highlight.ts';
import { linkSearchStyles } from './search-styles.ts';

const param = document.querySelector<HTMLElement>('site-search')?.dataset['highlightParam'];
const words = param ? new URLSearchParams(location.search).get(param) : null;
if (param && words) {
  // The bar that offers to remove the marks is styled by search's styles, fetched alongside.
  const stylesReady = new Promise<void>((resolve) => linkSearchStyles(resolve));
  void (import(/* @vite-ignore */ highlightUrl) as Promise<typeof import('./highlight.ts')>).then(
    ({ highlightSection }) => highlightSection(param, words.split(/\s+/).filter(Boolean), stylesReady),
  );
}
