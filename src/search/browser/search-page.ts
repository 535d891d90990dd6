/**
 * `<search-page>`: the /search/ page's own search box, wired to the same search code as the dialog.
 * The query lives in the address (?q=), so a search can be shared or revisited.
 */
import { mountSearch } from './controller.ts';

class SearchPage extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) return;
    input.value = new URLSearchParams(location.search).get('q') ?? input.value;
    mountSearch(this, {
      onQuery: (query) => {
        const url = new URL(location.href);
        if (query) url.searchParams.set('q', query);
        else url.searchParams.delete('q');
        history.replaceState(null, '', url);
      },
    });
  }
}

customElements.define('search-page', SearchPage);
