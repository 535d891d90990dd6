// npm run bench [-- --scale N]: builds the site, serves it on 127.0.0.1 and measures it in headless
// Chromium against the budgets of issue #4. Prints a table, writes bench/results/*.json, and exits
// non-zero when a budget fails. Not part of npm test: timings belong here, not in assertions.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/server.ts';
import { sitePages } from '../tests/helpers/pages.ts';
import { writeSyntheticContent } from './synthetic.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const RESULTS = path.join(ROOT, 'bench/results');
const KB = 1024;
const BUDGET = {
  articleOverheadGzip: 12 * KB, // page bytes before interaction, beyond the article text's own gzip size
  jsBeforeSearchGzip: 3 * KB,
  searchLatencyMs: 150, // median, last keystroke → first result
  searchBytesGzip: 120 * KB, // opening search + first query
  scaleFirstQueryGzip: 300 * KB, // at 10,000 articles
  // Build time per 1,000 articles at a larger scale against the last 1,000-article run ("no worse
  // than linear"), with 15% for run-to-run noise: four builds of the same 1,000 articles on this
  // machine took 17.3 to 19.6 s.
  scaleBuildGrowth: 1.15,
};

const scaleArg = process.argv.indexOf('--scale');
const scale = scaleArg >= 0 ? Number(process.argv[scaleArg + 1]) : 0;

type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';
const kindOf = (url: string, type: string): Kind => {
  if (type === 'document') return 'html';
  if (type === 'stylesheet' || url.endsWith('.css')) return 'css';
  if (type === 'script' || /\.(m?js)$/.test(url)) return 'js';
  if (type === 'font') return 'font';
  if (type === 'image') return 'image';
  return 'other';
};

/** Bytes of one response: raw, and as served with gzip. Pagefind's index files are gzipped already. */
async function responseBytes(request: Request) {
  const response = await request.response();
  const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
  const precompressed = /\/pagefind\/.*\.(pf_\w+|pagefind)$/.test(request.url()) || body[0] === 0x1f;
  return { raw: body.length, gzip: precompressed ? body.length : gzipSync(body, { level: 9 }).length };
}

/** Records every request a page makes from now on, with its size. */
function recorder(page: Page) {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return {
    reset: () => requests.splice(0),
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

/** How the build laid out the search index: its chunk count and the words left out of queries. */
function indexLayout(pagefindDir: string) {
  const chunks = readdirSync(path.join(pagefindDir, 'index')).length;
  const commonWords = JSON.parse(readFileSync(path.join(pagefindDir, 'common-words.json'), 'utf8')) as string[];
  return { chunks, commonWords };
}
const describeLayout = ({ chunks, commonWords }: ReturnType<typeof indexLayout>) =>
  `${chunks} index chunks; ${commonWords.length} common words left out of queries${commonWords.length ? ` (${commonWords.slice(0, 12).join(', ')}${commonWords.length > 12 ? ', …' : ''})` : ''}`;

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

/** Opens search on `path`, runs the first query, and returns bytes for each step. */
async function measureSearchBytes(page: Page, origin: string, pagePath: string, query: string) {
  const record = recorder(page);
  await page.goto(origin + pagePath, { waitUntil: 'networkidle' });
  record.reset();
  await page.keyboard.press('Control+k');
  await page.locator('dialog.search-dialog input[type="search"]').waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const open = await record.total();
  record.reset();
  await page.keyboard.type(query);
  // The answer, or "No results": at scale some reader questions match no synthetic page.
  await page.waitForFunction(
    (typed) => (document.querySelector('dialog.search-dialog .search-status')?.textContent ?? '').includes(typed),
    query,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(300);
  const first = await record.total();
  return { query, openGzip: open.gzip, firstQueryGzip: first.gzip, total: open.gzip + first.gzip };
}

type SearchBytes = Awaited<ReturnType<typeof measureSearchBytes>>;

/**
 * Bytes for opening search and a first query, for each reader question, each in a fresh browser
 * context (empty cache), as a reader arriving on `pagePath` would fetch them.
 */
async function measureFirstQueries(browser: Browser, origin: string, pagePath: string, queries: string[]) {
  const runs: SearchBytes[] = [];
  for (const query of queries) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    runs.push(await measureSearchBytes(await context.newPage(), origin, pagePath, query));
    await context.close();
  }
  const totals = runs.map((run) => run.total).sort((a, b) => a - b);
  return { runs, median: totals[Math.floor(totals.length / 2)], max: totals.at(-1)! };
}

function printFirstQueries(result: Awaited<ReturnType<typeof measureFirstQueries>>) {
  console.log('\nfirst query (fresh cache)                      open gz   query gz   total gz');
  for (const run of result.runs) {
    console.log(
      `${run.query.padEnd(45)} ${fmt(run.openGzip).padStart(9)} ${fmt(run.firstQueryGzip).padStart(10)} ${fmt(run.total).padStart(10)}`,
    );
  }
  console.log(`median ${fmt(result.median)}, largest ${fmt(result.max)}`);
}

/**
 * Median time from the last keystroke of a query to its results on screen. Each query is typed up
 * to its last character, left to settle, and then the last key is pressed and timed on its own, so
 * results for a partial query shown mid-typing cannot be mistaken for the answer.
 */
async function measureSearchLatency(page: Page, queries: string[]) {
  const times: number[] = [];
  const input = page.locator('dialog.search-dialog input[type="search"]');
  for (const query of queries) {
    await input.fill('');
    await input.pressSequentially(query.slice(0, -1), { delay: 30 });
    await page.waitForTimeout(400);
    await page.evaluate(() => {
      const w = window as unknown as { __shown: Promise<number> };
      const results = document.querySelector('dialog.search-dialog .search-results')!;
      w.__shown = new Promise((resolve) =>
        new MutationObserver((_, observer) => {
          if (results.querySelector('.search-result')) {
            observer.disconnect();
            resolve(performance.now());
          }
        }).observe(results, { childList: true, subtree: true }),
      );
    });
    const pressed = await page.evaluate(() => performance.now());
    await input.press(query.at(-1)!);
    times.push((await page.evaluate(() => (window as unknown as { __shown: Promise<number> }).__shown)) - pressed);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], runs: times };
}

const fmt = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const verdicts: { budget: string; value: string; limit: string; pass: boolean }[] = [];
const check = (budget: string, value: number, limit: number, unit: (n: number) => string) =>
  verdicts.push({ budget, value: unit(value), limit: unit(limit), pass: value <= limit });

async function measureSite(dir: string, searchQueries: string[]) {
  const server = await serveStatic(dir);
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const rows: Record<string, unknown>[] = [];
  try {
    const pages = sitePages(dir).filter((p) => !p.includes('synthetic-') || p.endsWith('synthetic-1/'));
    for (const pagePath of pages) {
      const record = recorder(page);
      await page.goto(server.origin + pagePath, { waitUntil: 'networkidle' });
      const total = await record.total();
      page.removeAllListeners('request');
      // The article's own text: what its writer supplied and a reader gets, i.e. the visible text of
      // the article (title, summary, body, references) plus the addresses of its sources.
      const articleText = await page.evaluate(() => {
        const article = document.querySelector('.article-main');
        if (!article) return '';
        const sources = [...article.querySelectorAll<HTMLAnchorElement>('.references cite a')].map((a) => a.href);
        return `${article.textContent}\n${sources.join('\n')}`;
      });
      const textGzip = articleText ? gzipSync(Buffer.from(articleText), { level: 9 }).length : 0;
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
        overheadGzip: textGzip ? total.gzip - textGzip : null,
      });
    }
    const article = pages.find((p) => p.startsWith('/articles/'))!;
    const searchBytes = await measureFirstQueries(browser, server.origin, article, searchQueries);
    await page.goto(server.origin + article, { waitUntil: 'networkidle' });
    await page.keyboard.press('Control+k');
    const latency = await measureSearchLatency(page, searchQueries.slice(1, 8));
    return { rows, searchBytes, latency };
  } finally {
    await browser.close();
    await server.close();
  }
}

function printPages(rows: Record<string, any>[]) {
  console.log(
    '\npage                                         req   html gz    css gz     js gz   font  image   total gz  text gz  overhead',
  );
  for (const r of rows) {
    console.log(
      `${r.page.padEnd(44)} ${String(r.requests).padStart(3)} ${fmt(r.html.gzip).padStart(9)} ${fmt(r.css.gzip).padStart(9)} ${fmt(r.js.gzip).padStart(9)} ${fmt(r.font.gzip).padStart(6)} ${fmt(r.image.gzip).padStart(6)} ${fmt(r.beforeInteractionGzip).padStart(10)} ${r.articleTextGzip ? fmt(r.articleTextGzip).padStart(8) : '       -'} ${r.overheadGzip !== null ? fmt(r.overheadGzip).padStart(9) : '        -'}`,
    );
  }
}

mkdirSync(RESULTS, { recursive: true });
const queries = (
  JSON.parse(readFileSync(path.join(ROOT, '../shared/search/queries.json'), 'utf8')).queries as { q: string }[]
).map((q) => q.q);

if (!scale) {
  console.log('Building the site…');
  const build = buildOnce('dist');
  const pagefindBytes = folderSize(path.join(ROOT, 'dist/pagefind'));
  const layout = indexLayout(path.join(ROOT, 'dist/pagefind'));
  const { rows, searchBytes, latency } = await measureSite(path.join(ROOT, 'dist'), queries);
  printPages(rows);
  for (const r of rows as Record<string, any>[]) {
    if (r.overheadGzip !== null)
      check(`${r.page}: bytes beyond the article text (gzip)`, r.overheadGzip, BUDGET.articleOverheadGzip, fmt);
    // /search/ is search itself, opened: its search code is the page's purpose, not a preload.
    if (r.page !== '/search/')
      check(`${r.page}: JavaScript before search (gzip)`, r.js.gzip, BUDGET.jsBeforeSearchGzip, fmt);
  }
  printFirstQueries(searchBytes);
  // Every reader question must fit, not just a typical one.
  check(
    'search: opening + first query, largest of the reader questions (gzip)',
    searchBytes.max,
    BUDGET.searchBytesGzip,
    fmt,
  );
  check(
    'search: median last keystroke → first result',
    latency.median,
    BUDGET.searchLatencyMs,
    (n) => `${n.toFixed(0)} ms`,
  );
  console.log(
    `\nbuild: ${build.seconds.toFixed(1)} s, peak ${build.peakRssMb.toFixed(0)} MB; dist/pagefind: ${fmt(pagefindBytes)}; ${describeLayout(layout)}`,
  );
  console.log(
    `search: opening + first query median ${fmt(searchBytes.median)}, largest ${fmt(searchBytes.max)}; latency median ${latency.median.toFixed(0)} ms (runs: ${latency.runs.map((t) => t.toFixed(0)).join(', ')})`,
  );
  writeFileSync(
    path.join(RESULTS, 'site.json'),
    JSON.stringify(
      { date: new Date().toISOString(), build, pagefindBytes, layout, rows, searchBytes, latency, budgets: verdicts },
      null,
      2,
    ),
  );
} else {
  const work = path.join(ROOT, `bench/results/scale-${scale}`);
  rmSync(work, { recursive: true, force: true });
  writeSyntheticContent(ROOT, path.join(work, 'content'), scale);
  console.log(`Building ${scale} synthetic articles…`);
  const build = buildOnce(
    path.join(work, 'dist'),
    { CONTENT_DIR: path.relative(ROOT, path.join(work, 'content')) },
    path.join(work, 'cache'),
  );
  const pagefindBytes = folderSize(path.join(work, 'dist/pagefind'));
  const layout = indexLayout(path.join(work, 'dist/pagefind'));
  const server = await serveStatic(path.join(work, 'dist'));
  const browser = await launchBrowser();
  const searchBytes = await measureFirstQueries(browser, server.origin, '/articles/synthetic-1/', queries);
  await browser.close();
  await server.close();
  const perThousand = build.seconds / (scale / 1000);
  printFirstQueries(searchBytes);
  console.log(
    `\nscale ${scale}: build ${build.seconds.toFixed(1)} s (${perThousand.toFixed(1)} s per 1,000 articles), peak ${build.peakRssMb.toFixed(0)} MB, index ${fmt(pagefindBytes)}, opening search + first query: median ${fmt(searchBytes.median)}, largest ${fmt(searchBytes.max)}`,
  );
  console.log(describeLayout(layout));
  if (scale >= 10_000)
    check(`scale ${scale}: opening + first query, largest (gzip)`, searchBytes.max, BUDGET.scaleFirstQueryGzip, fmt);
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
    searchBytes,
    budgets: verdicts,
  };
  writeFileSync(path.join(RESULTS, `scale-${scale}.json`), JSON.stringify(result, null, 2));
  rmSync(work, { recursive: true, force: true });
}

console.log('\nbudget                                                        value       limit     result');
for (const v of verdicts)
  console.log(`${v.budget.padEnd(60)} ${v.value.padStart(10)} ${v.limit.padStart(10)}   ${v.pass ? 'pass' : 'FAIL'}`);
const failed = verdicts.filter((v) => !v.pass).length;
console.log(`\n${verdicts.length - failed} budgets passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
