// Section ids are the same in every language, so the link to this page in another language can keep
// the section the reader is on: the address's #fragment, added when the page loads and as it changes.
const follow = () => {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-link]')) link.hash = location.hash;
};
follow();
addEventListener('hashchange', follow);
