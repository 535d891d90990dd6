// npm run bench:report: writes the benchmark tables from the committed bench/results/*.json into
// docs/benchmark.md (all tables) and the README (the budget summary), so the figures a reader sees are
// the figures a run measured. Run it after `npm run bench` and the scale runs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const RESULTS = path.join(ROOT, 'bench/results');
const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const day = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

interface Bytes {
  raw: number;
  gzip: number;
}
interface PageRow {
  page: string;
  requests: number;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  beforeInteractionGzip: number;
  articleTextGzip: number;
  overheadGzip: number | null;
}
interface Verdict {
  budget: string;
  value: string;
  limit: string;
  pass: boolean;
}
interface Questions {
  runs: { query: string; openGzip: number; firstQueryGzip: number; totalGzip: number; latencyMs?: number }[];
  median: number;
  max: number;
  latencyMedian?: number;
}
/** How the index was laid out: runs before frequent words list `commonWords` (English only) instead. */
interface Layout {
  chunks: number;
  commonWords?: string[];
  frequentWords?: { en: string[]; ar: string[] };
}
/** Every reader question of a language asked in Node, each in a fresh session (bench/questions.ts). */
interface Answered {
  answered: number;
  questions: number;
  medianBytes: number;
  browserMaxBytes: number;
}
interface SiteResult {
  date: string;
  build: { seconds: number; peakRssMb: number };
  pagefindBytes: number;
  layout: Layout;
  rows: PageRow[];
  questions: Questions;
  /** The Arabic reader questions, on an Arabic article. */
  questionsAr?: Questions;
  /** Arabic questions that ask what an English one asks, with each one's opening + first query. */
  pairs?: { en: string; ar: string; enGzip: number; arGzip: number }[];
  budgets: Verdict[];
}
interface ScaleResult {
  date: string;
  scale: number;
  build: { seconds: number; peakRssMb: number };
  secondsPer1000: number;
  pagefindBytes: number;
  layout: Layout;
  /** Runs before reader questions were asked in Node at scale measured English in the browser. */
  questions?: Questions;
  answers?: { en: Answered; ar: Answered };
  budgets: Verdict[];
}

const read = <T>(file: string): T | undefined =>
  existsSync(path.join(RESULTS, file)) ? (JSON.parse(readFileSync(path.join(RESULTS, file), 'utf8')) as T) : undefined;
const site = read<SiteResult>('site.json');
if (!site) throw new Error('bench/results/site.json is missing: run `npm run bench` first');
const scales = [1000, 10000]
  .map((n) => read<ScaleResult>(`scale-${n}.json`))
  .filter((r): r is ScaleResult => r !== undefined);

const table = (head: string[], align: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

/** One row per budget kind: per-page budgets are folded into their range over the pages. */
function budgetRows(verdicts: Verdict[]) {
  const groups = new Map<string, Verdict[]>();
  for (const verdict of verdicts) {
    const kind = verdict.budget
      .replace(/^\/\S*: /, 'every page: ')
      .replace(/^every page: bytes beyond/, 'article pages: bytes beyond')
      .replace(/^every page: (each figure|JavaScript added by figures)/, 'pages with figures: $1');
    groups.set(kind, [...(groups.get(kind) ?? []), verdict]);
  }
  return [...groups].map(([kind, list]) => {
    const values = list.map((v) => v.value);
    const numbers = values.map((v) => parseFloat(v));
    const range =
      list.length === 1
        ? values[0]
        : `${values[numbers.indexOf(Math.min(...numbers))]} – ${values[numbers.indexOf(Math.max(...numbers))]}`;
    return [kind, list[0].limit, range, list.every((v) => v.pass) ? 'pass' : '**FAIL**'];
  });
}

const summary = [
  `Measured ${day(site.date)} by \`npm run bench\`${scales.length ? ' and its scale runs' : ''} (2 cores, headless Chromium; sizes gzip). Details: [docs/benchmark.md](docs/benchmark.md).`,
  '',
  table(
    ['budget', 'limit', 'measured', 'result'],
    ['---', '--:', '--:', '---'],
    [...budgetRows(site.budgets), ...scales.flatMap((s) => budgetRows(s.budgets))],
  ),
].join('\n');

const shownPages = site.rows.filter((row) => !/^(\/ar)?\/missions\/(?!untso\/)[^/]+\/$/.test(row.page));
const pagesTable = table(
  ['page', 'requests', 'HTML', 'CSS', 'JS', 'total before interaction', 'article text', 'beyond the text'],
  ['---', '--:', '--:', '--:', '--:', '--:', '--:', '--:'],
  shownPages.map((row) => [
    `\`${row.page}\``,
    String(row.requests),
    kb(row.html.gzip),
    kb(row.css.gzip),
    kb(row.js.gzip),
    kb(row.beforeInteractionGzip),
    row.articleTextGzip ? kb(row.articleTextGzip) : '–',
    row.overheadGzip === null ? '–' : kb(row.overheadGzip),
  ]),
);
const missionPages = site.rows.filter((row) => /^(\/ar)?\/missions\/[^/]+\/$/.test(row.page));
const missionTotals = missionPages.map((row) => row.beforeInteractionGzip);

const questionsTable = (questions: Questions) =>
  table(
    ['reader question', 'open search', 'first query', 'total', 'last keystroke → first result'],
    ['---', '--:', '--:', '--:', '--:'],
    questions.runs.map((run) => [
      run.query,
      kb(run.openGzip),
      kb(run.firstQueryGzip),
      kb(run.totalGzip),
      run.latencyMs === undefined ? '–' : ms(run.latencyMs),
    ]),
  );
const pairsTable = (pairs: NonNullable<SiteResult['pairs']>) =>
  table(
    ['English question', 'Arabic question', 'English', 'Arabic', 'difference'],
    ['---', '---', '--:', '--:', '--:'],
    pairs.map((pair) => [
      pair.en,
      pair.ar,
      kb(pair.enGzip),
      kb(pair.arGzip),
      `${pair.arGzip >= pair.enGzip ? '+' : '−'}${kb(Math.abs(pair.arGzip - pair.enGzip))}`,
    ]),
  );

const questionsSummary = (questions: Questions) =>
  `Median ${kb(questions.median)}, largest ${kb(questions.max)}; latency median ${questions.latencyMedian === undefined ? '–' : ms(questions.latencyMedian)}.`;

const scaleTable = table(
  [
    'articles',
    'measured',
    'build',
    'per 1,000',
    'peak memory (Node)',
    'index',
    'chunks',
    'words left out or frequent (en/ar)',
    'answered (en/ar)',
    'open + first query: median (en/ar)',
    'largest (en/ar)',
  ],
  ['--:', '--', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '--:'],
  scales.map((s) => [
    s.scale.toLocaleString('en'),
    day(s.date),
    `${s.build.seconds.toFixed(1)} s`,
    `${s.secondsPer1000.toFixed(1)} s`,
    `${(s.build.peakRssMb / 1024).toFixed(1)} GB`,
    `${(s.pagefindBytes / KB / KB).toFixed(1)} MB`,
    s.layout.chunks.toLocaleString('en'),
    s.layout.frequentWords
      ? `${s.layout.frequentWords.en.length} / ${s.layout.frequentWords.ar.length}`
      : `${s.layout.commonWords?.length ?? 0} / –`,
    s.answers
      ? `${s.answers.en.answered}/${s.answers.en.questions} / ${s.answers.ar.answered}/${s.answers.ar.questions}`
      : '–',
    s.answers ? `${kb(s.answers.en.medianBytes)} / ${kb(s.answers.ar.medianBytes)}` : `${kb(s.questions!.median)} / –`,
    s.answers
      ? `${kb(s.answers.en.browserMaxBytes)} / ${kb(s.answers.ar.browserMaxBytes)}`
      : `${kb(s.questions!.max)} / –`,
  ]),
);

const benchmark = `# Benchmark

<!-- Written by \`npm run bench:report\` from bench/results/*.json: edit those runs, not this file. -->

\`npm run bench\` builds the site, serves it on 127.0.0.1, measures it in headless Chromium against the
budgets in \`bench/run.ts\`, writes \`bench/results/site.json\` and fails when a budget fails.
\`npm run bench -- --scale 1000\` (or \`10000\`) builds that many synthetic articles (\`bench/synthetic.ts\`)
and runs the same reader questions against them.

## Budgets

${summary.split('\n').slice(2).join('\n')}

## Pages

Measured ${day(site.date)}: every request a page makes before the reader does anything, gzip. "Article
text" is what the writer supplied and the reader gets (the visible text of the title, summary, body and
references, plus the source addresses, gzipped); "beyond the text" is everything else. The ${missionPages.length}
mission pages weigh ${kb(Math.min(...missionTotals))}–${kb(Math.max(...missionTotals))} each (only \`/missions/untso/\` is shown).

${pagesTable}

Build ${site.build.seconds.toFixed(1)} s, peak ${Math.round(site.build.peakRssMb)} MB; \`dist/pagefind/\` ${kb(site.pagefindBytes)}, its word index in
${site.layout.chunks} chunks; ${
  site.layout.frequentWords
    ? `frequent words (looked up only through other words): ${site.layout.frequentWords.en.length} English, ${site.layout.frequentWords.ar.length} Arabic`
    : `common words left out of queries: ${site.layout.commonWords?.join(', ') || 'none'}`
}.

## Search, per reader question

Every question in \`tests/fixtures/search/questions.json\`, each in a fresh browser (empty cache),
starting on an article page: the bytes of opening search, of the first query (the question typed at
once), and the time from the question's last keystroke to its results on screen (search already open).
${questionsSummary(site.questions)}

${questionsTable(site.questions)}
${
  site.questionsAr
    ? `
## Arabic search, per reader question

Every question in \`tests/fixtures/search/questions.ar.json\`, measured the same way, starting on an
Arabic article (which searches the Arabic index). ${questionsSummary(site.questionsAr)}

${questionsTable(site.questionsAr)}
${
  site.pairs?.length
    ? `
## The same question in both languages

The Arabic questions that ask what an English one asks (their \`en\` in the fixture), each with what it
costs in its own language (opening search + first query, gzip). Arabic opens search with a larger
WebAssembly file and longer word lists, and a question often names in full what English shortens
to an acronym.

${pairsTable(site.pairs)}
`
    : ''
}`
    : ''
}${
  scales.length
    ? `
## Scale

Synthetic articles of realistic length, their words drawn as the real articles' are (\`bench/synthetic.ts\`),
searched with the same reader questions, each in a fresh session: asked in Node in both languages, with
the answers judged as the build test judges them ("largest" adds the search code and styles the dialog
loads); runs from before that asked the English questions in the browser and show "–" for Arabic.

${scaleTable}
`
    : ''
}`;

writeFileSync(path.join(ROOT, 'docs/benchmark.md'), benchmark);
const readmePath = path.join(ROOT, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const marked = /(<!-- bench:summary:start -->\n)[\s\S]*?(<!-- bench:summary:end -->)/;
if (!marked.test(readme))
  throw new Error('README.md has no <!-- bench:summary:start --> … <!-- bench:summary:end --> block');
writeFileSync(
  readmePath,
  readme.replace(marked, (_, start: string, end: string) => `${start}${summary.trimEnd()}\n${end}`),
);
console.log('Wrote docs/benchmark.md and the README summary');
