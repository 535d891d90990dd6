/**
 * `<site-search>`: opens search from its button, Ctrl/Cmd+K or "/". The dialog is built from the
 * server-rendered template at once and its input focused in the same moment, so every key typed after
 * the shortcut lands in the box; its styles, the search code (./controller.ts) and the index load
 * behind it, and then it searches for whatever has been typed. On /search/ the page's own box takes
 * focus instead.
 */
import { linkSearchStyles } from './search-styles.ts';
// The search code's address, loaded when search opens (see src/integrations/lazy-module-url.ts).
import controllerUrl from 'lazy-url:./controller.ts';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

class SiteSearch extends HTMLElement {
  #dialog?: HTMLDialogElement;
  #returnFocusTo: Element | null = null;

  connectedCallback() {
    const trigger = this.querySelector<HTMLAnchorElement>('a.search-button');
    if (!trigger) return;
    // Without JavaScript this is a link to /search/; with it, a button that opens the dialog.
    trigger.setAttribute('role', 'button');
    trigger.setAttribute('aria-haspopup', 'dialog');
    trigger.addEventListener('click', (event) => {
      event.preventDefault();
      this.open(trigger);
    });
    trigger.addEventListener('keydown', (event) => {
      if (event.key === ' ') {
        event.preventDefault();
        this.open(trigger);
      }
    });
    document.addEventListener('keydown', (event) => {
      const withModifier = event.ctrlKey || event.metaKey;
      const shortcut = withModifier && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !withModifier && !event.altKey && !isTyping(event.target);
      if (shortcut || slash) {
        event.preventDefault();
        this.open(document.activeElement);
      }
    });
  }

  open(returnFocusTo: Element | null) {
    const pageInput = document.querySelector<HTMLInputElement>('search-page input[type="search"]');
    if (pageInput) return pageInput.focus();
    const dialog = (this.#dialog ??= this.#createDialog());
    if (!dialog) return;
    const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
    if (!dialog.open) {
      this.#returnFocusTo = returnFocusTo;
      dialog.showModal();
    }
    input.focus();
    input.select();
  }

  #createDialog() {
    const template = this.querySelector('template');
    const dialog = template?.content.firstElementChild?.cloneNode(true);
    if (!(dialog instanceof HTMLDialogElement)) return undefined;
    dialog.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
    // A click on the backdrop (outside the frame) closes the dialog; so does following a result, so
    // that a link to a section of this same page scrolls it into view.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog || (event.target as Element).closest('a[href]')) dialog.close();
    });
    dialog.addEventListener('close', () => {
      if (this.#returnFocusTo instanceof HTMLElement && this.#returnFocusTo.isConnected) this.#returnFocusTo.focus();
    });
    linkSearchStyles(() => (dialog.dataset['styled'] = ''));
    document.body.append(dialog);
    void (import(/* @vite-ignore */ controllerUrl) as Promise<typeof import('./controller.ts')>).then(
      ({ mountSearch }) => mountSearch(dialog),
    );
    return dialog;
  }
}

customElements.define('site-search', SiteSearch);
