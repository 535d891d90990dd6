import type { PageDetails } from '../core/engine.ts';
import { HIGHLIGHT_PARAM } from './highlight-param.ts';

/**
 * Results as DOM nodes. Everything from the index or the query goes in as text nodes (and `<mark>`
 * elements built here), never as HTML, so nothing a reader types or a page contains can run.
 */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** A result's address with the words to highlight there, before any #fragment. */
export function withHighlight(url: string, words: string[]): string {
  if (words.length === 0) return url;
  const [path, hash = ''] = url.split('#');
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}${HIGHLIGHT_PARAM}=${encodeURIComponent(words.join(' '))}${hash ? `#${hash}` : ''}`;
}

function excerptParagraph(words: PageDetails['sections'][number]['excerpt']) {
  const paragraph = element('p', { className: 'search-excerpt' });
  words.forEach(({ text, marked }, i) => {
    if (i > 0) paragraph.append(' ');
    paragraph.append(marked ? element('mark', {}, text) : text);
  });
  return paragraph;
}

export function renderResult(page: PageDetails): HTMLLIElement {
  const pageWords = [...new Set(page.sections.flatMap((section) => section.matched))];
  const item = element(
    'li',
    { className: 'search-result' },
    element('a', { href: withHighlight(page.url, pageWords) }, page.title),
  );
  if (page.topic) item.append(' ', element('span', { className: 'topic' }, page.topic));
  const list = element('ul');
  for (const section of page.sections) {
    const isPage = section.url === page.url;
    list.append(
      element(
        'li',
        {},
        isPage
          ? ''
          : element(
              'a',
              { href: withHighlight(section.url, section.matched), className: 'search-section' },
              section.title,
            ),
        excerptParagraph(section.excerpt),
      ),
    );
  }
  if (page.sections.length > 0) item.append(list);
  return item;
}
