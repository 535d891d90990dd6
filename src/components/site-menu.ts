/**
 * `<site-menu>`: what readers expect of a menu beyond what `<details>` does by itself. Escape closes it
 * and puts focus back on its button; a click or focus outside it closes it.
 */
class SiteMenu extends HTMLElement {
  connectedCallback() {
    const details = this.querySelector('details');
    const summary = details?.querySelector('summary');
    if (!details || !summary) return;
    const close = () => {
      details.open = false;
    };
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && details.open) {
        close();
        summary.focus();
      }
    });
    document.addEventListener('click', (event) => {
      if (details.open && !this.contains(event.target as Node)) close();
    });
    document.addEventListener('focusin', (event) => {
      if (details.open && !this.contains(event.target as Node)) close();
    });
  }
}

customElements.define('site-menu', SiteMenu);
