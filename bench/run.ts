// npm run bench [-- --scale N]: builds the site, serves it on 127.0.0.1 and measures it in headless
// Chromium against the budgets below. Prints tables, writes bench/results/*.json (from which
// `npm run bench:report` writes the README's tables), and exits non-zero when a budget fails. Not part
// of npm test: timings belong here, not in assertions.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../scripts/static-server.ts';
import { sitePages } from '../tests/helpers/pages.ts';
import { siteWordsFile, type SiteWords } from '../src/search/contract.ts';
import { writeSyntheticContent } from './synthetic.ts';
import { arabicExtra, askReaderQuestions, medianKinds, searchUiBytes, type AskedLanguage } from './questions.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const RESULTS = path.join(ROOT, 'bench/results');
const QUESTIONS = path.join(ROOT, 'tests/fixtures/search/questions.json');
/** The Arabic reader questions, asked on an Arabic article (which searches the Arabic index). */
const QUESTIONS_AR = path.join(ROOT, 'tests/fixtures/search/questions.ar.json');
const KB = 1024;
const BUDGET = {
  articleOverheadGzip: 10 * KB, // page bytes before interaction, beyond the article text's own gzip size
  jsBeforeSearchGzip: 3 * KB,
  searchLatencyMs: 150, // median over the reader questions, last keystroke → first result
  searchBytesGzip: 100 * KB, // opening search + first query, largest reader question
  // The same question asked in Arabic, against English (median of the pairs): Arabic opens search with
  // a larger WebAssembly file and longer word lists, and often names in full what English shortens.
  arabicExtraGzip: 8 * KB,
  scaleFirstQueryGzip: 300 * KB, // the same at 10,000 articles, in each language
  // Reader questions answered at scale, in each language: at most this many fewer than at real size.
  scaleAnswersLost: 2,
  // What one figure adds to its page: its markup, plus the figures' style sheet (charged in full to each).
  figureGzip: 6 * KB,
  // Build time per 1,000 articles at a larger scale against the last 1,000-article run ("no worse
  // than linear"), with 15% for run-to-run noise measured between repeated 1,000-article builds.
  scaleBuildGrowth: 1.15,
};

/** The heap of a scale run's build: the machine that runs it has 24 GB. */
const SCALE_HEAP_MB = 16_384;

const scaleArg = process.argv.indexOf('--scale');
const scale = scaleArg >= 0 ? Number(process.argv[scaleArg + 1]) : 0;
/** `--pages`: page weights only, no search runs (a quick check while working on a page). */
const pagesOnly = process.argv.includes('--pages');
/** `--keep`: a scale run leaves its built site in bench/results/scale-N/ (about 1.5 GB at 10,000). */
const keep = process.argv.includes('--keep');

type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';
const kindOf = (url: string, type: string): Kind => {
  if (type === 'document') return 'html';
  if (type === 'stylesheet' || url.endsWith('.css')) return 'css';
  if (type === 'script' || /\.(m?js)$/.test(url)) return 'js';
  if (type === 'font') return 'font';
  if (type === 'image') return 'image';
  return 'other';
};

/**
 * Bytes of one response: raw, and as served with gzip. Pagefind's index files are gzipped already. A
 * response the browser took from its cache downloaded nothing and counts nothing: a new Pagefind for
 * each query asks again for the files the first one loaded, and gets them from the cache.
 */
async function responseBytes(request: Request) {
  const response = await request.response();
  const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
  const { responseBodySize } = await request.sizes().catch(() => ({ responseBodySize: body.length }));
  if (body.length > 0 && responseBodySize <= 0) return { raw: 0, gzip: 0 };
  const precompressed = /\/pagefind\/.*\.(pf_\w+|pagefind)$/.test(request.url()) || body[0] === 0x1f;
  return { raw: body.length, gzip: precompressed ? body.length : gzipSync(body, { level: 9 }).length };
}

/** Records every request a page makes from now on, with its size. */
function recorder(page: Page) {
  const requests: Request[] = [];
  const listener = (request: Request) => requests.push(request);
  page.on('request', listener);
  return {
    reset: () => requests.splice(0),
    stop: () => page.off('request', listener),
    async total() {
      const sizes = await Promise.all(
        requests.map(async (r) => ({ kind: kindOf(r.url(), r.resourceType()), ...(await responseBytes(r)) })),
      );
      const byKind = new Map<Kind, { raw: number; gzip: number }>();
      for (const { kind, raw, gzip } of sizes) {
        const sum = byKind.get(kind) ?? { raw: 0, gzip: 0 };
        byKind.set(kind, { raw: sum.raw + raw, gzip: sum.gzip + gzip });
      }
      return {
        requests: requests.length,
        byKind,
        gzip: sizes.reduce((s, x) => s + x.gzip, 0),
        raw: sizes.reduce((s, x) => s + x.raw, 0),
      };
    },
  };
}

const folderSize = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? folderSize(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).size),
    0,
  );

/** How the build laid out the search index: its chunk count and each language's frequent words. */
function indexLayout(pagefindDir: string) {
  const chunks = readdirSync(path.join(pagefindDir, 'index')).length;
  const frequent = (lang: string) =>
    Object.keys((JSON.parse(readFileSync(path.join(pagefindDir, siteWordsFile(lang)), 'utf8')) as SiteWords).frequent);
  return { chunks, frequentWords: { en: frequent('en'), ar: frequent('ar') } };
}
const describeLayout = ({ chunks, frequentWords }: ReturnType<typeof indexLayout>) =>
  `${chunks} index chunks; frequent words scored on the best pages: ` +
  Object.entries(frequentWords)
    .map(
      ([lang, words]) =>
        `${lang} ${words.length}${words.length ? ` (${words.slice(0, 8).join(', ')}${words.length > 8 ? ', …' : ''})` : ''}`,
    )
    .join('; ');

function buildOnce(outDir: string, env: NodeJS.ProcessEnv = {}, cacheDir?: string) {
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'bench/build-once.ts'), outDir, ...(cacheDir ? [cacheDir] : [])],
    {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}\n${result.stdout.slice(-4000)}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { seconds: number; peakRssMb: number };
}

const dialogInput = (page: Page) => page.locator('dialog.search-dialog input[type="search"]');
const statusFor = (page: Page, query: string, timeout: number) =>
  // The answer, or "No results": at scale some reader questions match no synthetic page.
  page.waitForFunction(
    (typed) => (document.querySelector('dialog.search-dialog .search-status')?.textContent ?? '').includes(typed),
    query,
    { timeout },
  );

/** Opens search on `pagePath` in a fresh context (empty cache), runs one question; bytes for each step. */
async function measureSearchBytes(browser: Browser, origin: string, pagePath: string, query: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(origin + pagePath, { waitUntil: 'networkidle' });
    const record = recorder(page);
    // The shortcut, pressed again if the page's script was not listening yet (seen now and then on an
    // Arabic page after its network went quiet): the bytes are counted from the first press.
    for (let tries = 1; ; tries++) {
      await page.keyboard.press('Control+k');
      const opened = await dialogInput(page)
        .waitFor({ timeout: 10_000 })
        .then(() => true)
        .catch(() => false);
      if (opened) break;
      if (tries === 3) throw new Error(`search did not open on ${pagePath} after three presses of Ctrl+K`);
    }
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const open = await record.total();
    record.reset();
    await page.keyboard.type(query);
    await statusFor(page, query, 60_000);
    await page.waitForTimeout(300);
    const first = await record.total();
    return { query, openGzip: open.gzip, firstQueryGzip: first.gzip, totalGzip: open.gzip + first.gzip };
  } finally {
    await context.close();
  }
}

/**
 * Time from the last keystroke of a question to its results on screen, on a page where search is
 * already open. The question is typed up to its last character and left to settle, then the last key is
 * pressed and timed on its own, so results for a partial question cannot be mistaken for the answer.
 */
async function measureLatency(page: Page, query: string) {
  const input = dialogInput(page);
  await input.fill('');
  await input.pressSequentially(query.slice(0, -1), { delay: 20 });
  await page.waitForTimeout(400);
  await page.evaluate(() => {
    const status = document.querySelector('dialog.search-dialog .search-status')!;
    const w = window as unknown as { __shown: Promise<number> };
    const before = status.textContent;
    w.__shown = new Promise((resolve) =>
      new MutationObserver((_, observer) => {
        if (status.textContent !== before) {
          observer.disconnect();
          resolve(performance.now());
        }
      }).observe(status, { childList: true, characterData: true, subtree: true }),
    );
  });
  const pressed = await page.evaluate(() => performance.now());
  // Typed like the others (an Arabic "؟" has no key of its own to press).
  await input.pressSequentially(query.at(-1)!);
  return (await page.evaluate(() => (window as unknown as { __shown: Promise<number> }).__shown)) - pressed;
}

interface QuestionRun {
  query: string;
  openGzip: number;
  firstQueryGzip: number;
  totalGzip: number;
  latencyMs?: number;
}

/** Bytes (fresh cache each) and latency (warm page) for every reader question. */
async function measureQuestions(
  browser: Browser,
  origin: string,
  pagePath: string,
  queries: string[],
  withLatency: boolean,
) {
  const runs: QuestionRun[] = [];
  for (const query of queries) runs.push(await measureSearchBytes(browser, origin, pagePath, query));
  if (withLatency) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(origin + pagePath, { waitUntil: 'networkidle' });
    await page.keyboard.press('Control+k');
    await dialogInput(page).waitFor();
    for (const run of runs) run.latencyMs = await measureLatency(page, run.query);
    await context.close();
  }
  const sorted = (values: number[]) => values.slice().sort((a, b) => a - b);
  const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)];
  const totals = runs.map((run) => run.totalGzip);
  const latencies = runs.flatMap((run) => (run.latencyMs === undefined ? [] : [run.latencyMs]));
  return {
    runs,
    median: median(totals),
    max: Math.max(...totals),
    latencyMedian: latencies.length ? median(latencies) : undefined,
  };
}

function printQuestions(result: Awaited<ReturnType<typeof measureQuestions>>) {
  console.log(`\n${'reader question (fresh cache)'.padEnd(58)} open gz  query gz  total gz  latency`);
  for (const run of result.runs) {
    console.log(
      `${run.query.slice(0, 57).padEnd(58)} ${fmt(run.openGzip).padStart(7)} ${fmt(run.firstQueryGzip).padStart(9)} ${fmt(run.totalGzip).padStart(9)} ${run.latencyMs === undefined ? '' : `${run.latencyMs.toFixed(0).padStart(5)} ms`}`,
    );
  }
  console.log(
    `median ${fmt(result.median)}, largest ${fmt(result.max)}${result.latencyMedian === undefined ? '' : `; latency median ${result.latencyMedian.toFixed(0)} ms`}`,
  );
}

const fmt = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const verdicts: { budget: string; value: string; limit: string; pass: boolean }[] = [];
/** A budget: `value` at most `limit`, or with `atLeast`, no less than it. */
const check = (budget: string, value: number, limit: number, unit: (n: number) => string, atLeast = false) =>
  verdicts.push({ budget, value: unit(value), limit: unit(limit), pass: atLeast ? value >= limit : value <= limit });

/**
 * Every reader question of both languages asked in Node (bench/questions.ts), each in a fresh session:
 * what it answers and what it downloads. "Browser" bytes add the search code and styles the dialog
 * loads, which Node does not.
 */
async function askBothLanguages(dir: string) {
  const ui = searchUiBytes(dir);
  const en = await askReaderQuestions(dir, 'en');
  const ar = await askReaderQuestions(dir, 'ar');
  const summary = (asked: AskedLanguage) => ({
    answered: asked.answered,
    questions: asked.questions,
    medianBytes: asked.medianBytes,
    maxBytes: asked.maxBytes,
    browserMaxBytes: asked.maxBytes + ui,
    kinds: medianKinds(asked),
    missed: asked.missed,
    runs: asked.runs,
  });
  return { uiBytes: ui, arabicExtra: arabicExtra(en, ar), en: summary(en), ar: summary(ar) };
}
type Answers = Awaited<ReturnType<typeof askBothLanguages>>;

function printAnswers(label: string, answers: Answers) {
  console.log(
    `\n${label}: reader questions asked in Node, each in a fresh session (browser max adds ${fmt(answers.uiBytes)} of search code and styles)`,
  );
  for (const lang of ['en', 'ar'] as const) {
    const a = answers[lang];
    console.log(
      `${lang}: ${a.answered}/${a.questions} answered; median ${fmt(a.medianBytes)}, max ${fmt(a.maxBytes)}, browser max ${fmt(a.browserMaxBytes)}` +
        (a.missed.length ? `; missed: ${a.missed.join(' | ')}` : ''),
    );
  }
  console.log(`Arabic minus English, median of the pairs: ${fmt(answers.arabicExtra)}`);
}

/** An article's own page, in either language (not its history). */
const isArticlePage = (pagePath: string) => /^\/(ar\/)?articles\/[^/]+\/$/.test(pagePath);

/** Every page of the site (but one synthetic article): requests and bytes before any interaction. */
async function measurePages(browser: Browser, origin: string, dir: string) {
  const rows: Record<string, unknown>[] = [];
  const pages = sitePages(dir).filter((p) => !p.includes('synthetic-') || p.endsWith('synthetic-1/'));
  for (const pagePath of pages) {
    // A fresh context (empty cache) for each page: a reader's first visit, and no style sheet or script
    // counted on one page and taken from the cache on the next.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const record = recorder(page);
    await page.goto(origin + pagePath, { waitUntil: 'networkidle' });
    const total = await record.total();
    record.stop();
    // The article's own text: what its writer supplied and a reader gets, i.e. the visible text of the
    // article (title, summary, body, references) plus the addresses of its sources. A citation mark and a
    // reference's back-links are part of what the writer wrote: their markup counts with the text. The
    // cite block counts as text when it is shown, not when it waits in a closed <details>. Figures are
    // measured apart: each one's markup, and the style sheet that draws them.
    const { articleText, figures, figureSheets } = await page.evaluate(() => {
      const parts = [...document.querySelectorAll('.article-header, .article-body, .references')].map((part) => {
        const copy = part.cloneNode(true) as Element;
        copy.querySelectorAll('figure.figure').forEach((figure) => figure.remove());
        copy
          .querySelectorAll('sup.cite, .backlink')
          .forEach((mark) => mark.replaceWith(document.createTextNode(mark.outerHTML)));
        return copy.textContent;
      });
      const citeBlock = document.querySelector<HTMLElement>('.cite-block');
      if (citeBlock && citeBlock.checkVisibility() && !citeBlock.closest('details:not([open])'))
        parts.push(citeBlock.textContent);
      const sources = [...document.querySelectorAll<HTMLAnchorElement>('.references cite a')].map((a) => a.href);
      const sheets = [...document.styleSheets].filter(
        (sheet) => sheet.href && [...sheet.cssRules].some((rule) => rule.cssText.includes('.figure-chart')),
      );
      return {
        articleText: parts.length ? `${parts.join('\n')}\n${sources.join('\n')}` : '',
        figures: [
          ...document.querySelectorAll('main figure.figure, main .mission-locator, main .mission-strength'),
        ].map((figure) => ({ id: figure.id || figure.className, html: figure.outerHTML })),
        figureSheets: sheets.map((sheet) => new URL(sheet.href!).pathname),
      };
    });
    const gzipOf = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
    const textGzip = articleText ? gzipOf(Buffer.from(articleText)) : 0;
    const figureCssGzip = figureSheets.reduce((sum, sheet) => sum + gzipOf(readFileSync(path.join(dir, sheet))), 0);
    const figureRows = figures.map(({ id, html }) => ({ id, markupGzip: gzipOf(html) }));
    const figuresGzip = figureRows.reduce((sum, f) => sum + f.markupGzip, 0) + (figures.length ? figureCssGzip : 0);
    const kind = (k: Kind) => total.byKind.get(k) ?? { raw: 0, gzip: 0 };
    rows.push({
      page: pagePath,
      requests: total.requests,
      html: kind('html'),
      css: kind('css'),
      js: kind('js'),
      font: kind('font'),
      image: kind('image'),
      beforeInteractionGzip: total.gzip,
      articleTextGzip: textGzip,
      figures: figureRows,
      figureCssGzip: figures.length ? figureCssGzip : 0,
      // Only an article's page has an article text to set the rest against: a mission page's or a
      // history's text is not an article's (a mission page has a references list, but no body).
      overheadGzip: textGzip && isArticlePage(pagePath) ? total.gzip - textGzip - figuresGzip : null,
    });
    await context.close();
  }
  return rows;
}

function printPages(rows: Record<string, any>[]) {
  console.log(
    '\npage                                         req   html gz    css gz     js gz   total gz  text gz  overhead',
  );
  for (const r of rows) {
    console.log(
      `${r.page.padEnd(44)} ${String(r.requests).padStart(3)} ${fmt(r.html.gzip).padStart(9)} ${fmt(r.css.gzip).padStart(9)} ${fmt(r.js.gzip).padStart(9)} ${fmt(r.beforeInteractionGzip).padStart(10)} ${r.articleTextGzip ? fmt(r.articleTextGzip).padStart(8) : '       -'} ${r.overheadGzip !== null ? fmt(r.overheadGzip).padStart(9) : '        -'}`,
    );
    for (const figure of r.figures as { id: string; markupGzip: number }[])
      console.log(`  figure ${figure.id}: ${fmt(figure.markupGzip)} markup + ${fmt(r.figureCssGzip)} style sheet`);
  }
}

mkdirSync(RESULTS, { recursive: true });
/**
 * The Arabic questions that ask what an English one asks (their `en`), with what each costs (opening
 * search + first query, gzip) in its own language.
 */
function sameQuestions(english: { runs: QuestionRun[] }, arabic: { runs: QuestionRun[] }) {
  const asked = (JSON.parse(readFileSync(QUESTIONS_AR, 'utf8')) as { questions: { q: string; en?: string }[] })
    .questions;
  return asked.flatMap(({ q, en }) => {
    const enRun = english.runs.find((run) => run.query === en);
    const arRun = arabic.runs.find((run) => run.query === q);
    return enRun && arRun ? [{ en: enRun.query, ar: q, enGzip: enRun.totalGzip, arGzip: arRun.totalGzip }] : [];
  });
}

const readQueries = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { questions: { q: string }[] }).questions.map((question) => question.q);
const queries = readQueries(QUESTIONS);

if (!scale) {
  console.log('Building the site…');
  const build = buildOnce('dist');
  const dist = path.join(ROOT, 'dist');
  const pagefindBytes = folderSize(path.join(dist, 'pagefind'));
  const layout = indexLayout(path.join(dist, 'pagefind'));
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const rows = await measurePages(browser, server.origin, dist);
    printPages(rows);
    for (const r of rows as Record<string, any>[]) {
      if (r.overheadGzip !== null)
        check(`${r.page}: bytes beyond the article text (gzip)`, r.overheadGzip, BUDGET.articleOverheadGzip, fmt);
      // /search/ is search itself, opened: its search code is the page's purpose, not a preload.
      if (!r.page.endsWith('/search/'))
        check(`${r.page}: JavaScript before search (gzip)`, r.js.gzip, BUDGET.jsBeforeSearchGzip, fmt);
      for (const figure of r.figures as { id: string; markupGzip: number }[])
        check(
          `${r.page}: each figure, its markup + the figures' style sheet (gzip)`,
          figure.markupGzip + r.figureCssGzip,
          BUDGET.figureGzip,
          fmt,
        );
    }
    // Figures are drawn at build time: a page with figures runs the same script as one without.
    const plain = (rows as Record<string, any>[]).find((r) => r.page === '/glossary/')!;
    for (const r of (rows as Record<string, any>[]).filter((row) => row.figures.length > 0))
      check(`${r.page}: JavaScript added by figures (gzip)`, r.js.gzip - plain.js.gzip, 0, fmt);
    const article = (rows as { page: string }[]).find((r) => r.page.startsWith('/articles/'))!.page;
    const arabicArticle = (rows as { page: string }[]).find((r) => r.page.startsWith('/ar/articles/'))?.page;
    if (pagesOnly) {
      for (const r of rows as Record<string, any>[])
        if (r.overheadGzip !== null) console.log(`${r.page}: ${r.overheadGzip} bytes beyond the text`);
      process.exit(verdicts.some((v) => !v.pass) ? 1 : 0);
    }
    const questions = await measureQuestions(browser, server.origin, article, queries, true);
    printQuestions(questions);
    // Every reader question must fit, not just a typical one.
    check('search: opening + first query, largest reader question (gzip)', questions.max, BUDGET.searchBytesGzip, fmt);
    check(
      'search: median last keystroke → first result',
      questions.latencyMedian!,
      BUDGET.searchLatencyMs,
      (n) => `${n.toFixed(0)} ms`,
    );
    // Arabic search is held to the same budgets as English.
    const questionsAr = arabicArticle
      ? await measureQuestions(browser, server.origin, arabicArticle, readQueries(QUESTIONS_AR), true)
      : undefined;
    const pairs = questionsAr ? sameQuestions(questions, questionsAr) : [];
    if (questionsAr) {
      printQuestions(questionsAr);
      for (const pair of pairs)
        console.log(`${pair.en} | ${pair.ar}: ${fmt(pair.enGzip)} English, ${fmt(pair.arGzip)} Arabic`);
      const extra =
        pairs.map((pair) => pair.arGzip - pair.enGzip).sort((a, b) => a - b)[Math.floor(pairs.length / 2)] ?? 0;
      check(
        'search (Arabic): the same question as in English, opening + first query, median extra (gzip)',
        extra,
        BUDGET.arabicExtraGzip,
        fmt,
      );
      check(
        'search (Arabic): opening + first query, largest reader question (gzip)',
        questionsAr.max,
        BUDGET.searchBytesGzip,
        fmt,
      );
      check(
        'search (Arabic): median last keystroke → first result',
        questionsAr.latencyMedian!,
        BUDGET.searchLatencyMs,
        (n) => `${n.toFixed(0)} ms`,
      );
    }
    // Every reader question must be answered, in both languages.
    const answers = await askBothLanguages(dist);
    printAnswers('real size', answers);
    for (const lang of ['en', 'ar'] as const)
      check(
        `search (${lang}): reader questions answered in the first three results`,
        answers[lang].answered,
        answers[lang].questions,
        String,
        true,
      );
    console.log(
      `\nbuild: ${build.seconds.toFixed(1)} s, peak ${build.peakRssMb.toFixed(0)} MB; dist/pagefind: ${fmt(pagefindBytes)}; ${describeLayout(layout)}`,
    );
    writeFileSync(
      path.join(RESULTS, 'site.json'),
      JSON.stringify(
        {
          date: new Date().toISOString(),
          build,
          pagefindBytes,
          layout,
          rows,
          questions,
          questionsAr,
          pairs,
          answers,
          budgets: verdicts,
        },
        null,
        2,
      ),
    );
  } finally {
    await browser.close();
    await server.close();
  }
} else {
  const work = path.join(ROOT, `bench/results/scale-${scale}`);
  rmSync(work, { recursive: true, force: true });
  writeSyntheticContent(ROOT, path.join(work, 'content'), scale);
  console.log(`Building ${scale} synthetic articles…`);
  // Node's default heap (about 4 GB) ran out in the search index step at 10,000 articles.
  const build = buildOnce(
    path.join(work, 'dist'),
    {
      CONTENT_DIR: path.relative(ROOT, path.join(work, 'content')),
      NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --max-old-space-size=${SCALE_HEAP_MB}`.trim(),
    },
    path.join(work, 'cache'),
  );
  const pagefindBytes = folderSize(path.join(work, 'dist/pagefind'));
  const layout = indexLayout(path.join(work, 'dist/pagefind'));
  const answers = await askBothLanguages(path.join(work, 'dist'));
  const perThousand = build.seconds / (scale / 1000);
  printAnswers(`scale ${scale}`, answers);
  console.log(
    `\nscale ${scale}: build ${build.seconds.toFixed(1)} s (${perThousand.toFixed(1)} s per 1,000 articles), peak ${build.peakRssMb.toFixed(0)} MB, index ${fmt(pagefindBytes)}`,
  );
  console.log(describeLayout(layout));
  // The real articles are among the synthetic ones: search must still find their answers.
  const site = path.join(RESULTS, 'site.json');
  const realAnswers = existsSync(site)
    ? (JSON.parse(readFileSync(site, 'utf8')) as { answers?: Answers }).answers
    : undefined;
  for (const lang of ['en', 'ar'] as const) {
    const real = realAnswers?.[lang].answered ?? answers[lang].questions;
    check(
      `scale ${scale} (${lang}): reader questions answered (real size: ${real})`,
      answers[lang].answered,
      real - BUDGET.scaleAnswersLost,
      String,
      true,
    );
    if (scale >= 10_000)
      check(
        `scale ${scale} (${lang}): opening + first query, largest reader question (gzip)`,
        answers[lang].browserMaxBytes,
        BUDGET.scaleFirstQueryGzip,
        fmt,
      );
  }
  const smaller = path.join(RESULTS, 'scale-1000.json');
  if (scale > 1000 && existsSync(smaller)) {
    const base = (JSON.parse(readFileSync(smaller, 'utf8')) as { secondsPer1000: number }).secondsPer1000;
    const seconds = (n: number) => `${n.toFixed(1)} s`;
    check(
      `scale ${scale}: build time per 1,000 articles (1,000: ${seconds(base)})`,
      perThousand,
      base * BUDGET.scaleBuildGrowth,
      seconds,
    );
  }
  const result = {
    date: new Date().toISOString(),
    scale,
    build,
    secondsPer1000: perThousand,
    pagefindBytes,
    layout,
    answers,
    budgets: verdicts,
  };
  writeFileSync(path.join(RESULTS, `scale-${scale}.json`), JSON.stringify(result, null, 2));
  if (!keep) rmSync(work, { recursive: true, force: true });
}

console.log('\nbudget                                                              value       limit     result');
for (const v of verdicts)
  console.log(`${v.budget.padEnd(66)} ${v.value.padStart(10)} ${v.limit.padStart(10)}   ${v.pass ? 'pass' : 'FAIL'}`);
const failed = verdicts.filter((v) => !v.pass).length;
console.log(`\n${verdicts.length - failed} budgets passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
