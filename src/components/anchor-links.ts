// The section's citation, loaded when a section link is followed (see src/integrations/lazy-module-url.ts).
import sectionCiteUrl from 'lazy-url:./section-cite.ts';

/**
 * `<anchor-links>`: following a heading's anchor link still moves to the section; where the clipboard
 * API exists it also copies the section's full address and says so, visibly and to screen readers; and
 * under the heading it offers the section's citation (./section-cite.ts).
 */
class AnchorLinks extends HTMLElement {
  #toast?: HTMLElement;
  #hideTimer?: ReturnType<typeof setTimeout>;

  connectedCallback() {
    this.addEventListener('click', (event) => {
      const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.anchor-link');
      if (!link) return;
      void (import(/* @vite-ignore */ sectionCiteUrl) as Promise<typeof import('./section-cite.ts')>).then(
        ({ offerSectionCitation }) => offerSectionCitation(link),
      );
      if (!navigator.clipboard) return;
      navigator.clipboard.writeText(link.href).then(
        () => this.#announce(this.dataset['copied'] ?? ''),
        () => {}, // Permission denied: the link still navigates, which is all a plain link would do.
      );
    });
  }

  #announce(message: string) {
    if (!this.#toast) {
      this.#toast = Object.assign(document.createElement('div'), { className: 'toast' });
      this.#toast.setAttribute('role', 'status');
      document.body.append(this.#toast);
    }
    this.#toast.textContent = message;
    clearTimeout(this.#hideTimer);
    this.#hideTimer = setTimeout(() => this.#toast && (this.#toast.textContent = ''), 2500);
  }
}

customElements.define('anchor-links', AnchorLinks);
