/**
 * Marks a search's words in the section a result opened, and offers a button to remove the marks. The
 * button sits in a bar in the text under the section's heading, where it covers nothing. Its strings
 * come from the header's `<site-search>` element.
 */
const SKIP = 'script, style, .sr-only, .cite, mark, button';

/** The elements of the section that starts at `heading`: up to the next heading of its level or above. */
function sectionOf(heading: HTMLElement): Element[] {
  const level = Number(heading.tagName.slice(1)) || 2;
  const start = heading.closest('.heading-wrapper') ?? heading;
  const parts: Element[] = [start];
  for (let node = start.nextElementSibling; node; node = node.nextElementSibling) {
    const next = node.matches('h1, h2, h3, h4, h5, h6')
      ? node
      : node.querySelector(':scope.heading-wrapper > :is(h1, h2, h3, h4, h5, h6)');
    if (next && Number(next.tagName.slice(1)) <= level) break;
    parts.push(node);
  }
  return parts;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function markWords(roots: Element[], words: string[]): HTMLElement[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const marks: HTMLElement[] = [];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const texts: Text[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    for (const text of texts) {
      const value = text.data;
      pattern.lastIndex = 0;
      if (!pattern.test(value)) continue;
      const pieces: (string | HTMLElement)[] = [];
      let last = 0;
      for (const match of value.matchAll(pattern)) {
        pieces.push(value.slice(last, match.index));
        const mark = Object.assign(document.createElement('mark'), {
          className: 'search-highlight',
          textContent: match[0],
        });
        marks.push(mark);
        pieces.push(mark);
        last = match.index + match[0].length;
      }
      pieces.push(value.slice(last));
      text.replaceWith(...pieces);
    }
  }
  return marks;
}

/**
 * Marks the words in the section the reader landed on. Called by ./landing-highlight.ts, which loads
 * this module by its address (a `lazy-url:` import, which the dead-code check cannot follow).
 * @public
 */
export function highlightSection(param: string, words: string[], stylesReady: Promise<void>) {
  const id = decodeURIComponent(location.hash.slice(1));
  const heading = id ? document.getElementById(id) : null;
  const roots = heading ? sectionOf(heading) : [...document.querySelectorAll('[data-pagefind-body]')];
  const marks = words.length > 0 ? markWords(roots, words) : [];
  // The address keeps the section, not the highlighting: a link copied from here stays clean.
  const url = new URL(location.href);
  url.searchParams.delete(param);
  history.replaceState(history.state, '', url);
  if (marks.length === 0) return;

  const strings = document.querySelector<HTMLElement>('site-search')?.dataset ?? {};
  const bar = Object.assign(document.createElement('div'), { className: 'highlight-bar' });
  bar.setAttribute('role', 'status');
  const clear = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'icon-button',
    textContent: strings['clearHighlight'] ?? '',
  });
  bar.append(strings['highlighted'] ?? '', ' ', clear);
  clear.addEventListener('click', () => {
    for (const mark of marks) mark.replaceWith(...mark.childNodes);
    for (const root of roots) root.normalize();
    bar.remove();
  });
  // The bar's styles are search's (./search.css), linked by ./landing-highlight.ts. It goes in the text,
  // under the heading the link led to (or at the start of the page's text), so it covers nothing.
  void stylesReady.then(() =>
    heading ? (heading.closest('.heading-wrapper') ?? heading).after(bar) : roots[0]?.prepend(bar),
  );
}
