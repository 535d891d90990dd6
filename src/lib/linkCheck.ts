import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { htmlFiles, pageUrlOf } from './builtSite.ts';

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

/** Where a writer fixes a page's links: its content file when it has one. */
export function sourceOfPage(url: string): string {
  const article = url.match(/^\/articles\/([^/]+)\/$/);
  if (article) return `content/articles/${decodeURIComponent(article[1])}.mdx`;
  if (url === '/glossary/') return 'content/glossary/terms.yaml';
  const mission = url.match(/^\/missions\/([^/]+)\/$/);
  if (mission) return `content/missions/${decodeURIComponent(mission[1])}.yaml`;
  return `src/pages${url === '/' ? '/index' : url.replace(/\/$/, '')}.astro`;
}

/**
 * Every internal link and #fragment in a built site must resolve to a page and an element id. Links
 * carry the site's base path (`base`, "/" when the site is at the root of its host); a link outside it
 * leaves the site. Returns one message per broken link, naming the source file, the page and the link.
 */
export function findBrokenLinks(siteDir: string, base = '/'): string[] {
  const prefix = base.replace(/\/$/, '');
  const pages = new Map<string, PageLinks>();
  for (const file of htmlFiles(siteDir))
    pages.set(pageUrlOf(file), readPage(readFileSync(path.join(siteDir, file), 'utf8')));

  const problems: string[] = [];
  for (const [url, { hrefs }] of pages) {
    const here = new URL(`${prefix}${url}`, 'http://site.invalid');
    for (const href of hrefs) {
      const target = new URL(href, here);
      if (target.origin !== here.origin) continue; // External: checked as source data, not here.
      const report = (reason: string) => problems.push(`${sourceOfPage(url)} (page ${url}): link "${href}" ${reason}`);
      const pathname = decodeURIComponent(target.pathname);
      if (prefix && pathname !== prefix && !pathname.startsWith(`${prefix}/`)) {
        report(`is outside the site's base path ${prefix}/`);
        continue;
      }
      const sitePath = pathname.slice(prefix.length) || '/';
      const page = pages.get(sitePath);
      if (!page) {
        if (pages.has(`${sitePath}/`)) report(`needs a trailing slash: ${pathname}/`);
        else if (!existsSync(path.join(siteDir, sitePath))) report('points to a page that does not exist');
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && !page.ids.has(fragment)) report(`points to #${fragment}, which is not an id on ${sitePath}`);
    }
  }
  return problems;
}
