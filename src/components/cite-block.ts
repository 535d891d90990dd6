/**
 * `<cite-block>`: a copy button after each citation, where the clipboard can be written; it says
 * "Copied" for a moment. Without it the citations are plain text to select.
 */
class CiteBlock extends HTMLElement {
  connectedCallback() {
    if (!navigator.clipboard) return;
    for (const citation of this.querySelectorAll<HTMLElement>('.citation')) {
      const button = Object.assign(document.createElement('button'), {
        type: 'button',
        className: 'copy-button',
        textContent: this.dataset['copy'] ?? '',
      });
      button.addEventListener('click', () =>
        navigator.clipboard.writeText(citation.textContent ?? '').then(() => {
          button.textContent = this.dataset['copied'] ?? '';
          setTimeout(() => (button.textContent = this.dataset['copy'] ?? ''), 2000);
        }),
      );
      citation.after(button);
    }
  }
}

customElements.define('cite-block', CiteBlock);
