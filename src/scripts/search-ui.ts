// Linked by hand when search mounts: a plain CSS import would be hoisted into every page by Astro.
import searchStylesUrl from '../styles/search.css?url';
import { searchTerms } from './search-terms.ts';
import { loadPagefind, type PagefindApi, type PagefindResultData, type PagefindSubResult } from './pagefind-api.ts';

/**
 * Results shown at first, and per "more results" click. Each shown result costs a fragment download
 * (about 5 KB for a long article), so the first answer stays small (search budget, issue #4).
 */
const FIRST_RESULTS = 3;
const MORE_RESULTS = 5;
const MAX_SECTIONS = 3;
/** Short pause after a keystroke: long enough to skip mid-word searches, short enough to feel instant. */
const DEBOUNCE_MS = 40;

export interface SearchOptions {
  /** Text for the input's label. */
  label: string;
  initialQuery?: string;
  /** Called after each search with the query, e.g. to keep it in the page URL. */
  onQuery?: (query: string) => void;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

/**
 * Pagefind excerpts are HTML with <mark> around matches. Rebuild them from text nodes and <mark>
 * only, so nothing from the index (or the query) can ever become markup or script.
 */
export function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body;
  const nodes: Node[] = [];
  const walk = (parent: Node) => {
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) nodes.push(document.createTextNode(child.textContent ?? ''));
      else if (child instanceof HTMLElement && child.tagName === 'MARK') nodes.push(element('mark', {}, child.textContent ?? ''));
      else walk(child);
    }
  };
  walk(parsed);
  return nodes;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const title = data.meta['title'] ?? data.url;
  // Pagefind lists sections in page order; show the ones that match the query best.
  const score = (sub: PagefindSubResult) => (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
  const sections = data.sub_results
    .filter((sub) => sub.url !== data.url && sub.anchor)
    .map((sub, index) => ({ sub, index, score: score(sub) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, MAX_SECTIONS)
    .map(({ sub }) => sub);
  const item = element('li', { className: 'search-result' }, element('a', { href: data.url }, title));
  if (data.meta['topic']) item.append(' ', element('span', { className: 'topic' }, data.meta['topic']));
  if (sections.length === 0) {
    item.append(element('p', { className: 'search-excerpt' }, ...excerptNodes(data.excerpt)));
    return item;
  }
  const list = element('ul', {});
  for (const section of sections) {
    list.append(
      element(
        'li',
        {},
        element('a', { href: section.url, className: 'search-section' }, section.title),
        element('p', { className: 'search-excerpt' }, ...excerptNodes(section.excerpt)),
      ),
    );
  }
  item.append(list);
  return item;
}

let commonWords: Promise<ReadonlySet<string>> | undefined;
/**
 * The site's common words (see ./search-terms.ts), fetched once with Pagefind. Without the list every
 * typed word is searched: the download is larger and the results may narrow a little.
 */
function loadCommonWords(): Promise<ReadonlySet<string>> {
  commonWords ??= fetch('/pagefind/common-words.json')
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .then((words) => new Set(words))
    .catch((error: unknown) => {
      console.warn('Search common-word list unavailable', error);
      return new Set<string>();
    });
  return commonWords;
}

let stylesLoaded: Promise<void> | undefined;
/** Links the search styles once; resolves when they apply, so the dialog never shows unstyled. */
export function loadSearchStyles(): Promise<void> {
  stylesLoaded ??= new Promise((resolve) => {
    const link = element('link', { rel: 'stylesheet', href: searchStylesUrl });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  });
  return stylesLoaded;
}

/** Builds the search form and results into `container` and wires it to Pagefind. */
export function mountSearch(container: HTMLElement, options: SearchOptions): HTMLInputElement {
  void loadSearchStyles();
  const inputId = `search-input-${Math.random().toString(36).slice(2, 8)}`;
  const input = element('input', { type: 'search', id: inputId, autocomplete: 'off', spellcheck: false, value: options.initialQuery ?? '' });
  input.setAttribute('aria-describedby', `${inputId}-status`);
  const topic = element('select', { id: `${inputId}-topic` }, element('option', { value: '' }, 'All topics'));
  const status = element('p', { className: 'search-status', id: `${inputId}-status` });
  status.setAttribute('role', 'status');
  const results = element('ol', { className: 'search-results' });
  const more = element('button', { type: 'button', className: 'search-more' });
  const form = element(
    'form',
    { className: 'search-form' },
    element('div', { className: 'field' }, element('label', { htmlFor: inputId }, options.label), input),
    element('div', {}, element('label', { htmlFor: topic.id }, 'Topic'), topic),
  );
  form.setAttribute('role', 'search');
  form.addEventListener('submit', (event) => event.preventDefault());
  container.append(form, status, results);

  let pagefind: PagefindApi | undefined;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

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
    pagefind ??= await loadPagefind();
    const filters: Record<string, string> = topic.value ? { topic: topic.value } : {};
    const search = await pagefind.search(searchTerms(query, await loadCommonWords()), { filters });
    const found = search?.results ?? [];
    const firstPage = await Promise.all(found.slice(0, FIRST_RESULTS).map((result) => result.data()));
    if (ticket !== latest) return; // A newer query has started; drop this stale answer.
    results.replaceChildren(...firstPage.map(renderResult));
    // textContent, never HTML: the query is shown exactly as typed.
    status.textContent =
      found.length === 0
        ? `No results for “${query}”.`
        : `${found.length} ${found.length === 1 ? 'page' : 'pages'} found for “${query}”.`;
    let shown = firstPage.length;
    const showMore = () => {
      more.remove();
      if (shown >= found.length) return;
      more.textContent = `Show more results (${found.length - shown} left)`;
      results.after(more);
    };
    more.onclick = async () => {
      const next = await Promise.all(found.slice(shown, shown + MORE_RESULTS).map((result) => result.data()));
      if (ticket !== latest) return;
      const items = next.map(renderResult);
      results.append(...items);
      shown += next.length;
      showMore();
      items[0]?.querySelector('a')?.focus();
    };
    showMore();
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run().catch(showError), DEBOUNCE_MS);
  };
  const showError = (error: unknown) => {
    console.warn('Search failed', error);
    status.textContent = 'Search is unavailable right now. The “All sections” page lists every article.';
  };

  input.addEventListener('input', schedule);
  topic.addEventListener('change', schedule);
  // Without the list, search still works across all topics: no error for the reader.
  void fetch('/search-topics.json')
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .then((topics) => topic.append(...topics.map((name) => element('option', { value: name }, name))))
    .catch((error: unknown) => console.warn('Search topics unavailable', error));
  void loadCommonWords();
  void loadPagefind()
    .then((api) => {
      pagefind = api;
      if (input.value) schedule();
    })
    .catch(showError);
  return input;
}
