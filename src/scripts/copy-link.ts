// Clicking a heading's anchor link still moves to the section; where the clipboard API exists it
// also copies the full section URL and says so, visibly and to screen readers.
let toast: HTMLElement | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

function announce(message: string) {
  if (!toast) {
    toast = document.createElement('div');
    toast.className = 'toast';
    toast.setAttribute('role', 'status');
    document.body.append(toast);
  }
  toast.textContent = message;
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => toast && (toast.textContent = ''), 2500);
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.anchor-link');
  if (!link || !navigator.clipboard) return;
  navigator.clipboard.writeText(link.href).then(
    () => announce('Link to this section copied'),
    () => {}, // Permission denied: the link still navigates, which is all a plain link would do.
  );
});
