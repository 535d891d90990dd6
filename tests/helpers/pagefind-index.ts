import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chunkListOf, readDataFile } from '../../src/search/build/format.ts';

/** One word of a Pagefind index chunk: its stem, the pages it is on, its variants. */
export type IndexWord = [stem: string, pages: unknown[], variants: unknown[]];

/** The words of each chunk of a language's word index, in the chunk list's order. */
export const chunksOf = (dir: string, language?: string) =>
  chunkListOf(dir, language).map(
    ([, , hash]) => (readDataFile(path.join(dir, 'index', `${hash}.pf_index`)) as [IndexWord[]])[0],
  );

/** Every file of a Pagefind bundle with its bytes, to tell whether anything changed. */
export function snapshot(dir: string, files: string[]) {
  return new Map(files.map((file) => [file, readFileSync(path.join(dir, file)).toString('base64')]));
}
