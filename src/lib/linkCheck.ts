import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';

/** What one built page offers (its ids) and asks for (its links). */
interface PageLinks {
  ids: Set<string>;
  hrefs: string[];
}

function readPage(html: string): PageLinks {
  const ids = new Set<string>();
  const hrefs: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes['id']) ids.add(attributes['id']);
      if (name === 'a' && attributes['href'] !== undefined) hrefs.push(attributes['href']);
    },
  });
  parser.write(html);
  parser.end();
  return { ids, hrefs };
}

function htmlFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(full, base);
    return entry.name.endsWith('.html') ? [path.relative(base, full)] : [];
  });
}

/** "articles/untso/index.html" → "/articles/untso/"; "404.html" → "/404.html". */
const urlOf = (file: string) => '/' + file.split(path.sep).join('/').replace(/(^|\/)index\.html$/, '$1');

/** Where a writer fixes a page's links: its content file when it has one. */
export function sourceOfPage(url: string): string {
  const article = url.match(/^\/articles\/([^/]+)\/$/);
  if (article) return `content/articles/${decodeURIComponent(article[1])}.mdx`;
  if (url === '/glossary/') return 'content/glossary/terms.yaml';
  return `src/pages${url === '/' ? '/index' : url.replace(/\/$/, '')}.astro`;
}

/**
 * Every internal link and #fragment in a built site must resolve to a page and an element id.
 * Returns one message per broken link, naming the source file, the page and the link.
 */
export function findBrokenLinks(siteDir: string, files: (file: string) => boolean = () => true): string[] {
  const pages = new Map<string, PageLinks>();
  for (const file of htmlFiles(siteDir)) pages.set(urlOf(file), readPage(readFileSync(path.join(siteDir, file), 'utf8')));
  const existsAsFile = (pathname: string) => {
    try {
      return readdirSync(path.dirname(path.join(siteDir, pathname))).includes(path.basename(pathname));
    } catch {
      return false;
    }
  };

  const problems: string[] = [];
  for (const [url, { hrefs }] of pages) {
    if (!files(url)) continue;
    const base = new URL(url, 'http://site.invalid');
    for (const href of hrefs) {
      const target = new URL(href, base);
      if (target.origin !== base.origin) continue; // External: checked as source data, not here.
      const report = (reason: string) => problems.push(`${sourceOfPage(url)} (page ${url}): link "${href}" ${reason}`);
      const pathname = decodeURIComponent(target.pathname);
      const page = pages.get(pathname);
      if (!page) {
        if (pages.has(`${pathname}/`)) report(`needs a trailing slash: ${pathname}/`);
        else if (!existsAsFile(pathname)) report('points to a page that does not exist');
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && !page.ids.has(fragment)) report(`points to #${fragment}, which is not an id on ${pathname}`);
    }
  }
  return problems;
}
