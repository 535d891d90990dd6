// Opens search on click, Ctrl/Cmd+K or "/". The dialog and Pagefind load on first use only.
// The shortcut is handled here, not by the lazily loaded code, which cannot listen before it loads.
const searchPageInput = () => document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');

let dialogModule: Promise<typeof import('./search-dialog.ts')> | undefined;
function openSearch(returnFocusTo: Element | null) {
  const pageInput = searchPageInput();
  if (pageInput) return pageInput.focus();
  dialogModule ??= import('./search-dialog.ts');
  void dialogModule.then((module) => module.openSearchDialog(returnFocusTo));
}

for (const trigger of document.querySelectorAll<HTMLAnchorElement>('[data-search-open]')) {
  // Without JavaScript this is a link to /search/; with it, a button that opens the dialog.
  trigger.setAttribute('role', 'button');
  trigger.setAttribute('aria-haspopup', 'dialog');
  trigger.addEventListener('click', (event) => {
    event.preventDefault();
    openSearch(trigger);
  });
  trigger.addEventListener('keydown', (event) => {
    if (event.key === ' ') {
      event.preventDefault();
      openSearch(trigger);
    }
  });
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

document.addEventListener('keydown', (event) => {
  const withModifier = event.ctrlKey || event.metaKey;
  if (withModifier && event.key.toLowerCase() === 'k') {
    event.preventDefault();
    openSearch(document.activeElement);
  } else if (event.key === '/' && !withModifier && !event.altKey && !isTyping(event.target)) {
    event.preventDefault();
    openSearch(document.activeElement);
  }
});
