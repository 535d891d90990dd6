import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './site.ts';
import type { LintInput, TranslationLintInput } from '../../src/lib/contentLint.ts';

/** Splits an MDX file into its YAML frontmatter (parsed) and its body. */
export function readMdx(file: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(path.resolve(ROOT, file), 'utf8');
  const match = text.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
  if (!match) throw new Error(`${file} has no frontmatter`);
  return { data: parseYaml(match[1]) as Record<string, unknown>, body: match[2] };
}

export function readArticleSource(file: string): LintInput {
  const { data, body } = readMdx(file);
  return {
    file,
    body,
    summary: String(data['summary'] ?? ''),
    sourceKeys: Object.keys((data['sources'] as object) ?? {}),
  };
}

/** The real articles, by path relative to the project root. */
export const articleFiles = () =>
  readdirSync(path.join(ROOT, 'content/articles'))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => `content/articles/${name}`);

/** The translated articles (`content/articles/<lang>/<slug>.mdx`), by path relative to the project root. */
export const translationFiles = () =>
  readdirSync(path.join(ROOT, 'content/articles'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      readdirSync(path.join(ROOT, 'content/articles', folder.name))
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => `content/articles/${folder.name}/${name}`),
    );

export function readTranslationSource(file: string): TranslationLintInput {
  const { data, body } = readMdx(file);
  const [lang, name] = file.split('/').slice(-2) as [TranslationLintInput['lang'], string];
  return {
    file,
    lang,
    body,
    summary: String(data['summary'] ?? ''),
    originalBody: readMdx(`content/articles/${name}`).body,
  };
}
