import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readPagefindFile, type IndexWord } from '../../src/integrations/pagefind-chunks.ts';

type ChunkEntry = [from: string, to: string, hash: string];

/** The word-index chunk list of the (single-language) Pagefind bundle in `dir`. */
export function chunkList(dir: string): ChunkEntry[] {
  const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const [language] = Object.values(entry.languages);
  return (readPagefindFile(path.join(dir, `pagefind.${language.hash}.pf_meta`)) as unknown[])[2] as ChunkEntry[];
}

/** The words of each chunk, in the chunk list's order. */
export const chunksOf = (dir: string) =>
  chunkList(dir).map(([, , hash]) => (readPagefindFile(path.join(dir, 'index', `${hash}.pf_index`)) as [IndexWord[]])[0]);
