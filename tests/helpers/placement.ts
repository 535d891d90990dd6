import type { Page } from 'playwright-core';

/**
 * Resolves once the page has stopped scrolling. Polled from the test side, because pages with
 * JavaScript disabled run no animation-frame callbacks.
 */
export async function scrollSettled(page: Page) {
  let last = -1;
  for (let still = 0; still < 2;) {
    await page.waitForTimeout(40);
    const y = await page.evaluate(() => scrollY);
    still = y === last ? still + 1 : 0;
    last = y;
  }
}

export interface Placement {
  /** The element's whole box is inside the viewport. */
  inViewport: boolean;
  /** Its top is at or below the sticky header's bottom edge. */
  belowHeader: boolean;
  top: number;
  bottom: number;
  headerBottom: number;
}

/**
 * Where each element of `ids` sits relative to the viewport and the sticky header, read in the page in
 * one call. A figure, often taller than a phone's screen, has landed when its caption (number, title,
 * what it shows) is in view.
 *
 * With `follow`, each is first followed as a link within the page (a new `location.hash`), as the
 * page's "On this page" list and anchor links do: on a page without JavaScript a jump is made at once
 * (no smooth scrolling), and no script moves anything after it. With `frames`, each is read two
 * animation frames later: a jump is not animated here, so by then it has been made and anything the
 * page's script moved has been laid out (a page without JavaScript runs no frame callbacks).
 */
export function placementsOf(
  page: Page,
  ids: string[],
  { follow = false, frames = false }: { follow?: boolean; frames?: boolean } = {},
): Promise<Placement[]> {
  return page.evaluate(
    async ({ targets, follow, frames }) => {
      const placements: Placement[] = [];
      for (const targetId of targets) {
        if (follow) location.hash = encodeURIComponent(targetId);
        if (frames) await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const target = document.getElementById(targetId)!;
        const shown = target.tagName === 'FIGURE' ? (target.querySelector('figcaption') ?? target) : target;
        const box = shown.getBoundingClientRect();
        const headerBottom = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
        placements.push({
          inViewport:
            box.top >= -0.5 && box.left >= -0.5 && box.bottom <= innerHeight + 0.5 && box.right <= innerWidth + 0.5,
          belowHeader: box.top >= headerBottom - 0.5,
          top: Math.round(box.top),
          bottom: Math.round(box.bottom),
          headerBottom: Math.round(headerBottom),
        });
      }
      return placements;
    },
    { targets: ids, follow, frames },
  );
}

/** Where the element with this id sits, now or two frames on (see placementsOf). */
export const placementOf = async (page: Page, id: string, options: { frames?: boolean } = {}) =>
  (await placementsOf(page, [id], options))[0]!;

/** A problem to report, or nothing when the element is fully in view below the header. */
export const misplaced = (where: string, { inViewport, belowHeader, top, bottom, headerBottom }: Placement) =>
  inViewport && belowHeader ? [] : [`${where}: heading box ${top}–${bottom} px, header bottom ${headerBottom} px`];
