import { fill } from '../../i18n/fill.ts';
import { pageDetails, runQuery } from '../core/engine.ts';
import { searchLoader } from './browser-source.ts';
import { renderResult } from './render.ts';

/**
 * Wires one search form (SearchForm.astro, in the dialog or on /search/) to the search engine: a short
 * pause after each keystroke, answers to old queries dropped when a newer one has started, the first
 * results at once and more on request. What the status line says after a search comes with the word
 * lists (src/pages/search-data.[lang].json.ts), so pages do not carry it; the one message needed before
 * them, that search is unavailable, is the form's `data-unavailable`.
 */

/** Results shown at first, and per "more results" press: each downloads its page's outline and sections. */
const FIRST_RESULTS = 3;
const MORE_RESULTS = 5;
const MAX_SECTIONS = 3;
/** Long enough to skip searches for half-typed words, short enough to feel instant. */
const DEBOUNCE_MS = 40;

export interface MountOptions {
  /** Called after each search with the query, e.g. to keep it in the page's address. */
  onQuery?: (query: string) => void;
}

export function mountSearch(root: HTMLElement, options: MountOptions = {}) {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const topic = form.querySelector<HTMLSelectElement>('select');
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const results = root.querySelector<HTMLOListElement>('.search-results')!;
  const unavailable = form.dataset['unavailable'] ?? '';
  const more = Object.assign(document.createElement('button'), { type: 'button', className: 'search-more' });
  status.textContent = '';

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const showError = (error: unknown) => {
    console.warn('Search failed', error);
    status.textContent = unavailable;
  };

  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    options.onQuery?.(query);
    if (!query) {
      results.replaceChildren();
      more.remove();
      status.textContent = '';
      return;
    }
    const [pagefind, data] = await Promise.all([searchLoader.queryPagefind(), searchLoader.engineData()]);
    const strings = data.messages;
    const quoted = (words: string[]) =>
      words.map((word) => fill(strings.quotedWord, { word })).join(strings.listSeparator);
    const filters: Record<string, string> = topic?.value ? { topic: topic.value } : {};
    const outcome = await runQuery(pagefind, query, data, filters);
    // A newer query has started: its own answer will load the pages it needs, not this one's.
    if (ticket !== latest) return;
    const details = (from: number, count: number) =>
      Promise.all(
        outcome.hits
          .slice(from, from + count)
          .map((hit) => pageDetails(hit, outcome, MAX_SECTIONS, searchLoader.loadPage)),
      );
    const first = await details(0, FIRST_RESULTS);
    if (ticket !== latest) return; // A newer query has started: this answer is stale.
    results.replaceChildren(...first.map(renderResult));
    // textContent, never HTML: the query is shown exactly as typed.
    const count = outcome.hits.length;
    const notes = [
      count === 0
        ? fill(strings.noResults, { query })
        : fill(count === 1 ? strings.foundOne : strings.foundMany, { count, query }),
      ...(outcome.corrected.length > 0
        ? [fill(strings.didYouMean, { words: outcome.corrected.map(({ to }) => to).join(' ') })]
        : []),
      ...(outcome.missing.length > 0 && count > 0
        ? [fill(strings.missingWords, { words: quoted(outcome.missing) })]
        : []),
      ...(outcome.partial && count > 0 ? [strings.partial] : []),
      // A word the reader typed that did not take part in this search is never dropped unsaid.
      ...(outcome.unused.length > 0 && count > 0 ? [fill(strings.unusedWords, { words: quoted(outcome.unused) })] : []),
    ];
    status.textContent = notes.join(' ');
    let shown = first.length;
    const showMore = () => {
      more.remove();
      if (shown >= count) return;
      more.textContent = fill(strings.more, { count: count - shown });
      results.after(more);
    };
    more.onclick = async () => {
      const next = await details(shown, MORE_RESULTS);
      if (ticket !== latest) return;
      const items = next.map(renderResult);
      results.append(...items);
      shown += next.length;
      showMore();
      items[0]?.querySelector('a')?.focus();
    };
    showMore();
    // The next query's Pagefind is made while the reader reads, so it does not wait for it.
    searchLoader.openPagefind().catch(() => undefined);
  };
  const schedule = () => {
    // A search still running for what was typed before is stale from this keystroke on.
    latest++;
    clearTimeout(timer);
    timer = setTimeout(() => void run().catch(showError), DEBOUNCE_MS);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    schedule();
  });
  input.addEventListener('input', schedule);
  topic?.addEventListener('change', schedule);
  // Pagefind loads as search opens; whatever was typed before this code arrived is searched now.
  searchLoader.openPagefind().catch(showError);
  if (input.value) schedule();
  return input;
}
