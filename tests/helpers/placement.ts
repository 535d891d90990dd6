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
 * Where the element with this id sits relative to the viewport and the sticky header. A figure, often
 * taller than a phone's screen, has landed when its caption (number, title, what it shows) is in view.
 */
export function placementOf(page: Page, id: string): Promise<Placement> {
  return page.evaluate((targetId) => {
    const target = document.getElementById(targetId)!;
    const shown = target.tagName === 'FIGURE' ? (target.querySelector('figcaption') ?? target) : target;
    const box = shown.getBoundingClientRect();
    const headerBottom = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
    return {
      inViewport:
        box.top >= -0.5 && box.left >= -0.5 && box.bottom <= innerHeight + 0.5 && box.right <= innerWidth + 0.5,
      belowHeader: box.top >= headerBottom - 0.5,
      top: Math.round(box.top),
      bottom: Math.round(box.bottom),
      headerBottom: Math.round(headerBottom),
    };
  }, id);
}

/** A problem to report, or nothing when the element is fully in view below the header. */
export const misplaced = (where: string, { inViewport, belowHeader, top, bottom, headerBottom }: Placement) =>
  inViewport && belowHeader ? [] : [`${where}: heading box ${top}–${bottom} px, header bottom ${headerBottom} px`];
