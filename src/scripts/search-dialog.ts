import { loadSearchStyles, mountSearch } from './search-ui.ts';

let dialog: HTMLDialogElement | undefined;
let input: HTMLInputElement | undefined;
let returnFocusTo: Element | null = null;

function createDialog(): HTMLDialogElement {
  const created = document.createElement('dialog');
  created.className = 'search-dialog';
  created.setAttribute('aria-labelledby', 'search-dialog-title');
  const frame = document.createElement('div');
  frame.className = 'search-dialog-frame';
  const top = document.createElement('div');
  top.className = 'search-dialog-top';
  const title = Object.assign(document.createElement('h2'), { id: 'search-dialog-title', textContent: 'Search' });
  const close = Object.assign(document.createElement('button'), { type: 'button', className: 'icon-button', textContent: 'Close' });
  close.addEventListener('click', () => created.close());
  top.append(title, close);
  frame.append(top);
  created.append(frame);
  input = mountSearch(frame, { label: 'Search articles and sections' });
  // A click on the backdrop (outside the frame) closes the dialog.
  created.addEventListener('click', (event) => event.target === created && created.close());
  // Following a result closes the dialog, so a same-page #section link scrolls into view.
  created.addEventListener('click', (event) => (event.target as Element).closest('a[href]') && created.close());
  created.addEventListener('close', () => {
    if (returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected) returnFocusTo.focus();
  });
  document.body.append(created);
  return created;
}

export async function openSearchDialog(focusAfterClose: Element | null) {
  dialog ??= createDialog();
  await loadSearchStyles();
  if (dialog.open) return input?.focus();
  returnFocusTo = focusAfterClose;
  dialog.showModal();
  input?.focus();
  input?.select();
}

// The /search/ page imports the form from here too, so both share one chunk that needs no other:
// Vite then adds no preload helper (about 1 KB) to every page's eager script.
export { mountSearch } from './search-ui.ts';
