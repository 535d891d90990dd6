/**
 * `<theme-toggle>`: switches between light and dark, and remembers the choice in localStorage.
 * ThemeInit.astro applies a saved choice before first paint; with none, the CSS follows the system.
 */
const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const currentTheme = () => root.dataset['theme'] ?? (systemDark.matches ? 'dark' : 'light');

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const sync = () => button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
    sync();
    button.hidden = false;
    systemDark.addEventListener('change', sync);
    button.addEventListener('click', () => {
      const next = currentTheme() === 'dark' ? 'light' : 'dark';
      root.dataset['theme'] = next;
      try {
        localStorage.setItem('theme', next);
      } catch {
        // Storage can be blocked; the choice then lasts for this page view only.
      }
      sync();
    });
  }
}

customElements.define('theme-toggle', ThemeToggle);
