/**
 * A section's citation, offered after its "#" link was followed (./anchor-links.ts loads this module
 * then): a button under the heading that shows the section's citation, APA style, with the page's data
 * from its cite block (./CiteBlock.astro) and the section's own address. The button comes right after
 * the link in the tab order.
 */
import { apa } from '../lib/citation.ts';

let offered: HTMLElement | undefined;

/** Offers the citation of the section whose link was followed. @public (loaded by address: knip cannot see the import) */
export function offerSectionCitation(link: HTMLAnchorElement) {
  const block = document.querySelector<HTMLElement>('cite-block');
  const wrapper = link.closest('.heading-wrapper');
  const heading = wrapper?.querySelector('h2, h3');
  if (!block || !wrapper || !heading) return;
  offered?.remove();
  const { site = '', title = '', modified, key = '', lang, citeSection = '', copy = '', copied = '' } = block.dataset;
  const citation = apa({
    site,
    title,
    section: heading.textContent?.trim() ?? '',
    url: link.href,
    modified: modified ? new Date(`${modified}T00:00:00Z`) : undefined,
    lang: lang === 'ar' ? 'ar' : 'en',
    key: `${key}-${heading.id}`,
  });
  const panel = Object.assign(document.createElement('div'), { className: 'section-cite' });
  const show = Object.assign(document.createElement('button'), { type: 'button', textContent: citeSection });
  show.setAttribute('aria-expanded', 'false');
  show.addEventListener('click', () => {
    show.setAttribute('aria-expanded', 'true');
    const text = Object.assign(document.createElement('p'), { className: 'citation', textContent: citation });
    const copyButton = Object.assign(document.createElement('button'), { type: 'button', textContent: copy });
    copyButton.addEventListener('click', () =>
      navigator.clipboard?.writeText(citation).then(() => (copyButton.textContent = copied)),
    );
    show.replaceWith(text, copyButton);
    copyButton.focus();
  });
  panel.append(show);
  wrapper.after(panel);
  offered = panel;
}
