import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';

/**
 * Checks that keep the Arabic edition Arabic, run on the content files before the pages are built, so
 * each problem names the file (and line) to fix:
 * - every source note (the site's own words) has its Arabic in content/sources/notes.ar.yaml;
 * - no Arabic text (article, glossary entry, mission block, page text) uses a rendering that the
 *   terminology table (content/terminology/terms.yaml) lists as one to avoid for a name.
 * The built pages are checked too, by ./latinRuns.ts (src/integrations/arabic-edition.ts).
 */

interface Problem {
  file: string;
  line?: number;
  message: string;
}
const formatProblem =
  (root: string) =>
  ({ file, line, message }: Problem) =>
    `${path.relative(root, file)}${line ? `:${line}` : ''}: ${message}`;

const yamlFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => path.join(dir, name))
    : [];
const mdxFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => /\.mdx?$/.test(name))
        .map((name) => path.join(dir, name))
    : [];

/** The frontmatter of an MDX or Markdown file, parsed, and the line its body starts on. */
function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string; bodyLine: number } {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!match) return { data: {}, body: text, bodyLine: 1 };
  return {
    data: (parseYaml(match[1]!) ?? {}) as Record<string, unknown>,
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}

/** Every `note` value in a parsed YAML tree (sources, a peak strength's source). */
function notesIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) notesIn(item, found);
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      if (key === 'note' && typeof child === 'string') found.push(child);
      else if (key !== 'ar') notesIn(child, found);
    }
  return found;
}

/** Source notes with no Arabic: each names the file it is in. */
export function untranslatedNotes(contentDir: string): Problem[] {
  const table = path.join(contentDir, 'sources/notes.ar.yaml');
  if (!existsSync(table)) return [];
  const translated = new Set(((parseYaml(readFileSync(table, 'utf8')) ?? []) as { en: string }[]).map((e) => e.en));
  const files = [
    ...mdxFiles(path.join(contentDir, 'articles')).map((file) => ({
      file,
      data: splitFrontmatter(readFileSync(file, 'utf8')).data['sources'],
    })),
    ...[path.join(contentDir, 'glossary/terms.yaml'), ...yamlFiles(path.join(contentDir, 'missions'))]
      .filter(existsSync)
      .map((file) => ({ file, data: parseYaml(readFileSync(file, 'utf8')) as unknown })),
  ];
  return files.flatMap(({ file, data }) =>
    notesIn(data)
      .filter((note) => !translated.has(note))
      .map((note) => ({
        file,
        message: `the source note "${note}" has no Arabic: add it to content/sources/notes.ar.yaml`,
      })),
  );
}

export interface TermEntry {
  id: string;
  en: string;
  ar: string;
  avoid?: string[];
}

/** An Arabic text to check, with the line of the file it starts on. */
interface ArabicText {
  file: string;
  line: number;
  text: string;
}

/** The Arabic words of a mission file's `ar:` block, each with its line. */
function missionTexts(file: string): ArabicText[] {
  const document = parseDocument(readFileSync(file, 'utf8'));
  const ar = document.get('ar', true) as Node | undefined;
  const texts: ArabicText[] = [];
  const lineOf = (node: Node) => (node.range ? document.toString().slice(0, node.range[0]).split('\n').length : 1);
  const visit = (node: unknown) => {
    if (isScalar(node) && typeof node.value === 'string') texts.push({ file, line: lineOf(node), text: node.value });
    else if (isSeq(node)) node.items.forEach(visit);
    else if (isMap(node)) node.items.forEach((pair) => visit(pair.value));
  };
  visit(ar);
  return texts;
}

/**
 * The glossary's Arabic words, line by line, but its `aka` lists: other names are there to be found by
 * search, and may include a variant spelling on purpose.
 */
function glossaryTexts(file: string): ArabicText[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((text, i) => ({ file, line: i + 1, text }))
    .filter(({ text }) => !/^\s*aka:/.test(text));
}

/** Every Arabic text of the content: translated articles, glossary, mission blocks, page texts. */
export function arabicTexts(contentDir: string): ArabicText[] {
  const lines = (file: string): ArabicText[] =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((text, i) => ({ file, line: i + 1, text }));
  const glossary = path.join(contentDir, 'glossary/ar/terms.yaml');
  return [
    ...mdxFiles(path.join(contentDir, 'articles/ar')).flatMap(lines),
    ...mdxFiles(path.join(contentDir, 'pages/ar')).flatMap(lines),
    ...(existsSync(glossary) ? glossaryTexts(glossary) : []),
    ...yamlFiles(path.join(contentDir, 'missions')).flatMap(missionTexts),
  ];
}

/**
 * Uses of a rendering the terminology table says to avoid, with the one to use instead. An avoided
 * rendering inside the right one (a shorter form of it) is not a use.
 */
export function terminologyProblems(texts: ArabicText[], terms: TermEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const { file, line, text } of texts)
    for (const term of terms) {
      if (!term.avoid?.length) continue;
      const rest = text.split(term.ar).join('\u0000');
      for (const avoided of term.avoid)
        if (rest.includes(avoided))
          problems.push({
            file,
            line,
            message: `«${avoided}» names ${term.en}: write «${term.ar}» (content/terminology/terms.yaml, "${term.id}")`,
          });
    }
  return problems;
}

/** The terminology table, or none. */
export function readTerminology(contentDir: string): TermEntry[] {
  const file = path.join(contentDir, 'terminology/terms.yaml');
  return existsSync(file) ? ((parseYaml(readFileSync(file, 'utf8')) ?? []) as TermEntry[]) : [];
}

/** Every problem of the content, its file named relative to `root`: what the build reports before it writes a page. */
export function arabicEditionProblems(contentDir: string, root = process.cwd()): string[] {
  return [
    ...untranslatedNotes(contentDir),
    ...terminologyProblems(arabicTexts(contentDir), readTerminology(contentDir)),
  ].map(formatProblem(root));
}
