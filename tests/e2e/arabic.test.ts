import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBuiltSite } from '../helpers/builtSite.ts';
import { within } from '../helpers/wait.ts';
import { builtArticleSlugs } from '../helpers/site.ts';
import { placementOf, scrollSettled } from '../helpers/placement.ts';
import { renderedFonts } from '../helpers/fonts.ts';

/**
 * What a reader of the Arabic edition would notice: the language link keeps their section, citation
 * marks stay after the words they support, the timeline's labels are whole, and the map is not
 * mirrored. (Every page-level gate, from axe to section links, covers the Arabic pages too: they are
 * in the sitemap.)
 */
const site = useBuiltSite();
const SECTION = 'how-untsos-unarmed-observers-work';

test('the language link opens the same section in the other language, below the header', async () => {
  for (const [from, to] of [
    ['/articles/untso/', '/ar/articles/untso/'],
    ['/ar/articles/untso/', '/articles/untso/'],
  ] as const) {
    const page = await site.open(`${from}#${SECTION}`);
    const link = page.locator('a[data-language-link]');
    assert.equal(new URL((await link.getAttribute('href'))!, site.origin).hash, `#${SECTION}`);
    await Promise.all([within(page.waitForURL(`**${to}#${SECTION}`), `the address ${to}#${SECTION}`), link.click()]);
    await scrollSettled(page);
    const placed = await placementOf(page, SECTION);
    assert.ok(placed.inViewport && placed.belowHeader, `${to}#${SECTION}: ${JSON.stringify(placed)}`);
    assert.equal(await page.locator('html').getAttribute('lang'), to.startsWith('/ar/') ? 'ar' : 'en');
  }
});

test('in Arabic text a citation mark sits after (left of) the Latin acronym it follows', async () => {
  const page = await site.session();
  const pairs: { text: string | null; wordLeft: number; markRight: number }[] = [];
  for (const slug of builtArticleSlugs()) {
    await page.goto(`${site.origin}/ar/articles/${slug}/`);
    // Each Latin run followed by a citation mark, with at most closing punctuation between them.
    pairs.push(
      ...(await page.evaluate(() =>
        [...document.querySelectorAll('.article-body bdi')].flatMap((bdi) => {
          let next = bdi.nextSibling;
          if (next?.nodeType === Node.TEXT_NODE && /^[)»”.،]*$/.test(next.textContent!.trim())) next = next.nextSibling;
          if (!(next instanceof HTMLElement) || !next.matches('sup.cite')) return [];
          const word = bdi.getBoundingClientRect();
          const mark = next.getBoundingClientRect();
          const sameLine = Math.abs(word.bottom - mark.bottom) < word.height;
          return sameLine ? [{ text: bdi.textContent, wordLeft: word.left, markRight: mark.right }] : [];
        }),
      )),
    );
  }
  assert.ok(pairs.length > 0, 'the articles have a citation right after a Latin run');
  for (const pair of pairs) assert.ok(pair.markRight <= pair.wordLeft + 1, JSON.stringify(pair));
});

test('a document symbol keeps its own order inside Arabic text (S/RES/50 (1948), not reordered)', async () => {
  const page = await site.open('/ar/missions/untso/');
  const symbol = page.locator('.mission-facts bdi', { hasText: 'S/RES/50' });
  assert.equal(await symbol.textContent(), 'S/RES/50 (1948)');
  assert.equal(await symbol.evaluate((element) => getComputedStyle(element).unicodeBidi), 'isolate');
  // Drawn left to right: "S" is left of "(1948)".
  const order = await symbol.evaluate((element) => {
    const range = document.createRange();
    const text = element.firstChild!;
    range.setStart(text, 0);
    range.setEnd(text, 1);
    const first = range.getBoundingClientRect().left;
    range.setStart(text, text.textContent!.length - 1);
    range.setEnd(text, text.textContent!.length);
    return { first, last: range.getBoundingClientRect().left };
  });
  assert.ok(order.first < order.last, JSON.stringify(order));
});

test('the Arabic timeline’s labels are whole inside the chart, and the map is not mirrored', async () => {
  for (const width of [390, 1280]) {
    const page = await site.open('/ar/missions/', { viewport: { width, height: 900 } });
    const cut = await page.evaluate(() => {
      const chart = document.querySelector('.mission-timeline')!.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>('.timeline-label, .timeline-head h3')]
        .map((label) => ({ text: label.textContent, box: label.getBoundingClientRect(), wide: label.scrollWidth }))
        .filter(({ box, wide }) => box.left < chart.left - 0.5 || box.right > chart.right + 0.5 || wide > box.width + 1)
        .map(({ text, box }) => `${text}: ${Math.round(box.left)}–${Math.round(box.right)}`);
    });
    assert.deepEqual(cut, [], `${width} px`);
    const x = (id: string) =>
      page.locator(`svg.world-map a[data-mission="${id}"] circle.marker`).evaluate((c) => c.getBoundingClientRect().x);
    // Jerusalem lies east of Guatemala City.
    assert.ok((await x('untso')) > (await x('minugua')), 'the map keeps east on the right');
  }
});

test('Arabic text is drawn in an Arabic face of the system, with room between the lines for its marks', async () => {
  const page = await site.open('/ar/articles/untso/');
  const fonts = await renderedFonts(page, '.article-body p');
  assert.ok(
    fonts.some((font) => ['Noto Sans Arabic', 'Noto Naskh Arabic', 'DejaVu Sans'].includes(font)),
    `drawn with ${fonts.join(', ')}`,
  );
  const lineHeight = await page
    .locator('.article-body p')
    .first()
    .evaluate((p) => parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize));
  assert.ok(lineHeight >= 1.75, `line height ${lineHeight}`);
  const topic = await page
    .locator('.topic')
    .first()
    .evaluate((element) => getComputedStyle(element).letterSpacing);
  assert.ok(topic === 'normal' || topic === '0px', `letter-spacing on Arabic: ${topic}`);
});

test('Arabic body text is set larger than English, so its letters read at the same size', async () => {
  const sizeOf = async (path: string) => {
    const page = await site.open(path);
    return page
      .locator('.article-body p')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  };
  const [english, arabic] = [await sizeOf('/articles/untso/'), await sizeOf('/ar/articles/untso/')];
  assert.ok(arabic >= english * 1.1, `Arabic ${arabic}px against English ${english}px`);
});
