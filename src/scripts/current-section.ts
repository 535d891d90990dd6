// Marks the table-of-contents entry of the section being read with aria-current.
const toc = document.querySelector('[data-toc]');
if (toc) {
  const links = new Map<string, HTMLAnchorElement>();
  for (const link of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    links.set(decodeURIComponent(link.hash.slice(1)), link);
  }
  const headings = [...document.querySelectorAll<HTMLElement>('main :is(h2, h3)[id]')].filter((h) =>
    links.has(h.id),
  );
  let current: HTMLAnchorElement | undefined;
  let queued = false;

  const update = () => {
    queued = false;
    // The section being read is the last one whose heading has reached the line where a jump to a
    // section puts it (just under the sticky header); at the very bottom, the last section.
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
