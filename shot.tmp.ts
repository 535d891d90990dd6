import { chromium } from 'playwright-core';
import { serveStatic } from './scripts/static-server.ts';
const server = await serveStatic('dist', { base: '/' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const [,, ...jobs] = process.argv; // path|width|theme|out|action
for (const job of jobs) {
  const [path, width, theme, out, action] = job.split('|');
  const page = await browser.newPage({ viewport: { width: +width, height: 800 }, colorScheme: theme as 'light' | 'dark', deviceScaleFactor: 2 });
  await page.goto(server.origin + path);
  if (action === 'search') {
    await page.locator('header button, header a').filter({ hasText: /بحث|Search/ }).first().click();
    await page.locator('dialog input[type=search]').fill('كم عدد المراقبين في هيئة الأمم المتحدة لمراقبة الهدنة');
    await page.waitForTimeout(1500);
  }
  await page.screenshot({ path: out, fullPage: action === 'full' });
  await page.close();
}
await browser.close(); await server.close();
