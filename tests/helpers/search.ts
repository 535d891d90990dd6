import type { Page } from 'playwright-core';
import { within } from './wait.ts';

/** What the search dialog shows for a query. */
export interface Shown {
  status: string;
  /** The first three results' section links (path#id) and their excerpts' marked words. */
  sections: { href: string; marked: string[]; excerpt: string }[];
}

/** Searches in the header's dialog, as a reader does, and reads what the first three results show. */
export async function searchDialog(page: Page, query: string): Promise<Shown> {
  await page.keyboard.press('Control+k');
  const input = page.locator('dialog.search-dialog input[type="search"]');
  await input.fill(query);
  const status = page.locator('dialog.search-dialog .search-status');
  await within(status.filter({ hasText: query }).waitFor(), `the status line for "${query}"`);
  return page.evaluate(() => ({
    status: document.querySelector('dialog.search-dialog .search-status')!.textContent ?? '',
    sections: [...document.querySelectorAll('dialog.search-dialog .search-results > .search-result')]
      .slice(0, 3)
      .flatMap((result) =>
        [...result.querySelectorAll('li')].map((item) => {
          const link = item.querySelector<HTMLAnchorElement>('a.search-section');
          const url = new URL(link?.href ?? result.querySelector('a')!.href);
          return {
            href: `${url.pathname}${decodeURIComponent(url.hash)}`,
            marked: [...item.querySelectorAll('mark')].map((mark) => mark.textContent!.toLowerCase()),
            excerpt: item.querySelector('.search-excerpt')?.textContent ?? '',
          };
        }),
      ),
  }));
}
