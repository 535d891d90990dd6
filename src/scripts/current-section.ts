// Marks the table-of-contents entry of the section being read with aria-current.
const toc = document.querySelector('[data-toc]');
if (toc) {
  const links = new Map<string, HTMLAnchorElement>();
  for (const link of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    links.set(decodeURIComponent(link.hash.slice(1)), link);
  }
  const headings = [...document.querySelectorAll<HTMLElement>('[data-article-body] :is(h2, h3)[id]')].filter((h) =>
    links.has(h.id),
  );
  let current: HTMLAnchorElement | undefined;
  let queued = false;

  const update = () => {
    queued = false;
    // The section being read is the last one whose heading has passed the top third of the screen.
    const line = innerHeight / 3;
    let active = headings[0];
    for (const heading of headings) {
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
