import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBuiltSite } from '../helpers/builtSite.ts';
import { within } from '../helpers/wait.ts';
import { searchDialog } from '../helpers/search.ts';

/**
 * What makes search answer a reader's question rather than match an exact set of words. Each test
 * fails when its feature is taken away: words looked up one by one, synonyms, "Did you mean", the
 * Key facts box in the index, highlighting where the reader lands, keys typed while search loads.
 */
const site = useBuiltSite();
const ARTICLE = '/articles/what-is-an-observer-mission/';

/**
 * Each feature in both languages, typed into the dialog on an article: the words it marks, the
 * sections it shows and what its status line says are what a reader sees.
 */
const FEATURES = {
  en: {
    article: ARTICLE,
    partial: { query: 'did Qatar ship a field hospital to Haiti', status: /No page has “ship”/, word: /^qatar$/ },
    synonym: { query: 'who commanded UNTSO', page: '/articles/untso/', word: /^(chief|head|commander|led|leader)/ },
    misspelt: { query: 'armistce lines', status: /Did you mean: armistice\?/, word: /^armistice$/ },
    keyFacts: { query: 'UNTSO Government House', section: '/articles/untso/#key-facts' },
  },
  ar: {
    article: '/ar/articles/what-is-an-observer-mission/',
    partial: {
      query: 'هل أرسلت قطر مستشفى ميدانيا بالمظلات إلى هايتي',
      status: /لا توجد صفحة فيها «بالمظلات»/,
      word: /قطر/,
    },
    synonym: { query: 'ضحايا هيئة مراقبة الهدنة', page: '/ar/articles/untso/', word: /قتل|وفا|مقتل|حتف/ },
    misspelt: { query: 'الهدنه', status: /هل تقصد: الهدنة؟/, word: /الهدنة/ },
    keyFacts: { query: 'دار الحكومة القدس', section: '/ar/articles/untso/#key-facts' },
  },
};

for (const [lang, feature] of Object.entries(FEATURES)) {
  test(`${lang}: a question with a word no page has still finds its answer, and says which word was left out`, async () => {
    const page = await site.open(feature.article);
    const shown = await searchDialog(page, feature.partial.query);
    assert.match(shown.status, feature.partial.status);
    assert.ok(
      shown.sections.some(
        ({ href, marked }) =>
          href.includes('/articles/haiti-2010-earthquake/#') && marked.some((word) => feature.partial.word.test(word)),
      ),
      JSON.stringify(shown.sections, null, 1),
    );
  });

  test(`${lang}: a word finds the words listed as its synonyms`, async () => {
    const page = await site.open(feature.article);
    const shown = await searchDialog(page, feature.synonym.query);
    // Found as typed, through its synonyms: neither left out nor corrected to a similar word.
    assert.doesNotMatch(shown.status, /No page has|Did you mean|لا توجد صفحة|هل تقصد/);
    assert.ok(
      shown.sections.some(
        ({ href, marked }) =>
          href.startsWith(`${feature.synonym.page}#`) && marked.some((word) => feature.synonym.word.test(word)),
      ),
      JSON.stringify(shown.sections, null, 1),
    );
  });

  test(`${lang}: a misspelt word is corrected to the closest word of the site, whose word list loads only then`, async () => {
    const page = await site.open(feature.article);
    const vocabulary: string[] = [];
    page.on('request', (request) => /\/pagefind\/words\./.test(request.url()) && vocabulary.push(request.url()));
    const correct = await searchDialog(page, feature.keyFacts.query);
    assert.doesNotMatch(correct.status, /Did you mean|هل تقصد/);
    assert.deepEqual(vocabulary, [], 'no word list loads for words the site has');
    await page.keyboard.press('Escape');
    const misspelt = await searchDialog(page, feature.misspelt.query);
    assert.match(misspelt.status, feature.misspelt.status);
    assert.ok(
      misspelt.sections.some(({ marked }) => marked.some((word) => feature.misspelt.word.test(word))),
      JSON.stringify(misspelt.sections, null, 1),
    );
    assert.equal(vocabulary.length, 1, 'one word list, for the misspelt word’s first letter');
  });

  test(`${lang}: the Key facts box is searchable as a section of its own`, async () => {
    const page = await site.open(feature.article);
    const shown = await searchDialog(page, feature.keyFacts.query);
    assert.ok(
      shown.sections.some(({ href }) => href === feature.keyFacts.section),
      JSON.stringify(shown.sections.map(({ href }) => href)),
    );
  });
}

test('mission excerpts keep labels and values apart', async () => {
  const page = await site.open(ARTICLE);
  const labels = ['Deployed by', 'Began', 'Ended', 'Headquarters', 'Location', 'Mandate', 'Peak strength', 'Tasks'];
  const runTogether = new RegExp(`(${labels.join('|')})[^\\s:.,;)]`);
  const excerpts: string[] = [];
  for (const query of ['UNIKOM began', 'MINURSO headquarters Laayoune', 'UNMOGIP deployed by']) {
    const shown = await searchDialog(page, query);
    excerpts.push(...shown.sections.filter(({ href }) => href.startsWith('/missions/')).map(({ excerpt }) => excerpt));
    await page.keyboard.press('Escape');
  }
  assert.ok(excerpts.length >= 3, 'mission pages were among the results');
  assert.deepEqual(
    excerpts.filter((excerpt) => runTogether.test(excerpt)),
    [],
  );
});

for (const { lang, article, query, words, remove: removeLabel } of [
  {
    lang: 'en',
    article: ARTICLE,
    query: 'Qatar field hospital',
    words: /qatar|hospital/,
    remove: 'Remove highlighting',
  },
  {
    lang: 'ar',
    article: FEATURES.ar.article,
    query: 'مستشفى ميداني قطر',
    words: /قطر|مستشفى|ميداني/,
    remove: 'إزالة التظليل',
  },
])
  test(`${lang}: following a result highlights the query words in the section it opens, and the highlight can be removed`, async () => {
    const page = await site.open(article);
    await searchDialog(page, query);
    const result = page.locator('dialog.search-dialog a.search-section').first();
    await Promise.all([
      within(
        page.waitForURL((url) => url.pathname !== article),
        `the page of the first result for "${query}"`,
      ),
      result.click(),
    ]);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const marks = page.locator('main mark');
    await within(marks.first().waitFor(), `the query's words marked in the section opened`);
    const marked = await marks.evaluateAll((nodes, sectionId) => {
      const heading = document.getElementById(sectionId)!;
      const after = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      const next = [...document.querySelectorAll('main h2, main h3')].find((other) => after(heading, other));
      return nodes.map((mark) => ({
        word: mark.textContent!.toLowerCase(),
        // After the section's heading, before the next heading.
        inSection: after(heading, mark) && (!next || after(mark, next)),
      }));
    }, id);
    assert.ok(
      marked.some(({ word }) => words.test(word)),
      JSON.stringify(marked),
    );
    assert.ok(
      marked.every(({ inSection }) => inSection),
      'marks are in the opened section',
    );
    const remove = page.getByRole('button', { name: removeLabel });
    // The bar sits in the text right under the heading the reader landed on, so it covers nothing.
    const bar = await remove.evaluate((button, sectionId) => {
      const bar = button.parentElement!;
      const heading = document.getElementById(sectionId)!;
      return {
        position: getComputedStyle(bar).position,
        afterHeading: bar.previousElementSibling === (heading.closest('.heading-wrapper') ?? heading),
      };
    }, id);
    assert.deepEqual(bar, { position: 'static', afterHeading: true });
    await remove.click();
    assert.equal(await marks.count(), 0, 'the marks are gone');
    assert.equal(await page.getByRole('button', { name: removeLabel }).count(), 0, 'and so is the button');
  });

test('keys typed right after Ctrl+K are all kept on a slow phone (150 ms round trip, 1.6 Mbps, 4× CPU)', async () => {
  for (const shortcut of ['Control+k', '/']) {
    const page = await site.session({ viewport: { width: 390, height: 844 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(site.origin + ARTICLE);
    const query = 'UNTSO headquarters';
    await page.keyboard.press(shortcut);
    await page.keyboard.type(query);
    const input = page.locator('dialog.search-dialog input[type="search"]');
    assert.equal(await input.inputValue(), query, `${shortcut}: every key landed in the box`);
    await within(
      page.locator('dialog.search-dialog .search-status').filter({ hasText: query }).waitFor({ timeout: 30_000 }),
      `${shortcut}: the status line for "${query}"`,
    );
    assert.equal(await input.inputValue(), query, `${shortcut}: the box still holds the query once search has loaded`);
    assert.ok(
      (await page.locator('dialog.search-dialog .search-result').count()) > 0,
      `${shortcut}: results for the whole query`,
    );
  }
});
