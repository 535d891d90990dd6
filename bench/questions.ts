// The reader questions of both languages asked of a built site in Node, each in a fresh session (a
// reader opening search for the first time): what each answers, judged as the build test judges it,
// and what it downloads. Used by bench/run.ts at real size and at scale.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { nodeSearch } from '../tests/helpers/node-search.ts';
import { judge, readerQuestions, type QuestionLang } from '../tests/helpers/reader-questions.ts';

/** What a download is for: opening search, the word lists, the index chunks, the page text. */
export type Kind = 'open' | 'words' | 'index' | 'text' | 'filter';
const kindOf = (file: string): Kind =>
  file === 'pagefind.js' || file.startsWith('wasm.') || file === 'pagefind-entry.json' || file.endsWith('.pf_meta')
    ? 'open'
    : file.endsWith('.pf_index')
      ? 'index'
      : file.endsWith('.pf_fragment') || file.startsWith('sections/')
        ? 'text'
        : file.endsWith('.pf_filter')
          ? 'filter'
          : 'words';

export interface AskedQuestion {
  q: string;
  /** Arabic: the English question that asks the same thing. */
  en?: string;
  answered: boolean;
  /** Gzip bytes of everything the question downloaded, opening search included. */
  bytes: number;
  kinds: Partial<Record<Kind, number>>;
  ms: number;
}

export interface AskedLanguage {
  lang: QuestionLang;
  questions: number;
  answered: number;
  medianBytes: number;
  maxBytes: number;
  missed: string[];
  runs: AskedQuestion[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function askReaderQuestions(dir: string, lang: QuestionLang): Promise<AskedLanguage> {
  const answers = judge(dir);
  const runs: AskedQuestion[] = [];
  for (const question of readerQuestions(lang)) {
    const session = nodeSearch(lang, dir);
    const started = performance.now();
    const shown = (await session.ask(question.q)).flatMap((page) => page.sections.map((section) => section.url));
    const kinds: AskedQuestion['kinds'] = {};
    for (const { file, bytes } of session.reads) kinds[kindOf(file)] = (kinds[kindOf(file)] ?? 0) + bytes;
    runs.push({
      q: question.q,
      ...(question.en ? { en: question.en } : {}),
      answered: answers(question, lang, shown) === undefined,
      bytes: session.bytes,
      kinds,
      ms: Math.round(performance.now() - started),
    });
  }
  const bytes = runs.map((run) => run.bytes);
  return {
    lang,
    questions: runs.length,
    answered: runs.filter((run) => run.answered).length,
    medianBytes: median(bytes),
    maxBytes: Math.max(...bytes),
    missed: runs.filter((run) => !run.answered).map((run) => run.q),
    runs,
  };
}

/** The median, over the Arabic questions that ask what an English one asks, of Arabic minus English bytes. */
export function arabicExtra(en: AskedLanguage, ar: AskedLanguage) {
  const english = new Map(en.runs.map((run) => [run.q, run.bytes]));
  return median(ar.runs.flatMap((run) => (run.en && english.has(run.en) ? [run.bytes - english.get(run.en)!] : [])));
}

/** The median bytes of each kind of download, over a language's questions. */
export const medianKinds = (asked: AskedLanguage) =>
  Object.fromEntries(
    (['open', 'words', 'index', 'text'] as const).map((kind) => [
      kind,
      median(asked.runs.map((r) => r.kinds[kind] ?? 0)),
    ]),
  );

/**
 * What the browser downloads for search beyond what Node counts: the search code loaded when the dialog
 * opens (the controller's chunk and the chunks it imports, but the spelling code, loaded only for "Did you
 * mean") and search's style sheet, gzip, from the built site's `_astro/` folder.
 */
export function searchUiBytes(dir: string) {
  const astro = path.join(dir, '_astro');
  const files = readdirSync(astro);
  const gzip = (file: string) => gzipSync(readFileSync(path.join(astro, file)), { level: 9 }).length;
  const imports = (file: string) =>
    [...readFileSync(path.join(astro, file), 'utf8').matchAll(/[\w-]+\.[\w-]+\.js/g)].map((match) => match[0]);
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file) || !files.includes(file)) return;
    seen.add(file);
    for (const next of imports(file)) if (!next.startsWith('spelling.')) walk(next);
  };
  files.filter((file) => /^controller\..+\.js$/.test(file)).forEach(walk);
  return [...seen, ...files.filter((file) => /^search\..+\.css$/.test(file))].reduce(
    (sum, file) => sum + gzip(file),
    0,
  );
}
