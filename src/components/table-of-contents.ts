/**
 * `<table-of-contents>`: marks the entry of the section being read with aria-current. The section
 * being read is the last one whose heading has reached the line where a jump to a section puts it
 * (just under the sticky header); at the very bottom of the page, the last section. On wide screens
 * the list is a side column that is always open, so its disclosure is kept open there.
 */
const WIDE = matchMedia('(min-width: 64rem)');

class TableOfContents extends HTMLElement {
  connectedCallback() {
    const details = this.querySelector('details');
    if (details) {
      const sync = () => WIDE.matches && (details.open = true);
      sync();
      WIDE.addEventListener('change', sync);
      details.querySelector('summary')?.addEventListener('click', (event) => WIDE.matches && event.preventDefault());
    }
    const links = new Map<string, HTMLAnchorElement>();
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]'))
      links.set(decodeURIComponent(link.hash.slice(1)), link);
    const headings = [...links.keys()]
      .map((id) => document.getElementById(id))
      .filter((heading): heading is HTMLElement => heading !== null);
    let current: HTMLAnchorElement | undefined;
    let queued = false;
    const update = () => {
      queued = false;
      const line = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) + 8;
      const atBottom = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
      let active = atBottom ? headings.at(-1) : headings[0];
      for (const heading of atBottom ? [] : headings) {
        if (heading.getBoundingClientRect().top > line) break;
        active = heading;
      }
      const link = active && links.get(active.id);
      if (link === current) return;
      current?.removeAttribute('aria-current');
      link?.setAttribute('aria-current', 'true');
      current = link;
      // The side column scrolls inside itself on a long page: keep the marked entry in its view. The
      // column's own scroll only, not the page's, so the reader's place in the text never moves.
      if (link && WIDE.matches) {
        const box = this.getBoundingClientRect();
        const entry = link.getBoundingClientRect();
        if (entry.top < box.top || entry.bottom > box.bottom) this.scrollTop += entry.top - box.top - box.height / 2;
      }
    };
    const schedule = () => {
      if (!queued) {
        queued = true;
        requestAnimationFrame(update);
      }
    };
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('hashchange', schedule);
    update();
  }
}

customElements.define('table-of-contents', TableOfContents);
