import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** Whether fontconfig knows a family, that is, whether Chromium can render with it. */
export function hasFontFamily(family: string): boolean {
  try {
    return execFileSync('fc-list', [`:family=${family}`, 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

/**
 * A fontconfig file that makes `family` the system's sans-serif and system-ui font, as a phone whose
 * maker chose that font would have it. Pass its path to the browser as FONTCONFIG_FILE.
 */
export function fontconfigPreferring(family: string): string {
  const prefer = (generic: string) =>
    `<match target="pattern"><test name="family"><string>${generic}</string></test>` +
    `<edit name="family" mode="prepend" binding="strong"><string>${family}</string></edit></match>`;
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'fonts-')), 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `<include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n${['system-ui', 'sans-serif'].map(prefer).join('\n')}\n</fontconfig>\n`,
  );
  return file;
}

/** The font files' family names Chromium really drew an element's text with (from DevTools). */
export async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((font) => font.familyName);
}
