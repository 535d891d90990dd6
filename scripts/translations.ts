// npm run translations -- status | stamp <id>… | stamp --all
//
// Which translated mission blocks and glossary entries are behind their English original, and the
// reviewer's stamp once a translation has been checked again. Articles need no stamp: a translation's
// `translatedFrom` date is compared with its original's `updated` date.
//
//   status          lists every block and entry that is behind (exit code 0 either way)
//   stamp untso     stamps content/missions/untso.yaml's `ar:` block with its English words' fingerprint
//   stamp glossary:ceasefire   stamps that entry of content/glossary/ar/terms.yaml
//   stamp --all     stamps everything: only after a reviewer has checked every translation
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { glossaryOriginal, missionOriginal, stampOf, type MissionOriginal } from '../src/lib/translationStamp.ts';

const content = path.resolve(import.meta.dirname, '..', process.env['CONTENT_DIR'] ?? 'content');
const missionsDir = path.join(content, 'missions');
const glossaryFile = path.join(content, 'glossary', 'terms.yaml');
const glossaryArFile = path.join(content, 'glossary', 'ar', 'terms.yaml');

interface Block {
  /** `untso` or `glossary:ceasefire`, as the stamp command takes it. */
  name: string;
  file: string;
  stamp: string | undefined;
  expected: string;
}

function missionBlocks(): Block[] {
  return readdirSync(missionsDir)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => {
      const data = parse(readFileSync(path.join(missionsDir, file), 'utf8')) as Partial<MissionOriginal> & {
        id: string;
        ar?: { translates?: string };
      };
      if (!data.ar) return [];
      const original = missionOriginal({ hq: '', mandate: '', ...data } as MissionOriginal);
      return [
        { name: data.id, file: path.join(missionsDir, file), stamp: data.ar.translates, expected: stampOf(original) },
      ];
    });
}

function glossaryBlocks(): Block[] {
  if (!existsSync(glossaryArFile)) return [];
  const english = parse(readFileSync(glossaryFile, 'utf8')) as {
    id: string;
    term: string;
    aka?: string[];
    definition: string;
  }[];
  const arabic = parse(readFileSync(glossaryArFile, 'utf8')) as { id: string; translates?: string }[];
  return arabic.flatMap((entry) => {
    const original = english.find(({ id }) => id === entry.id);
    if (!original) return [];
    return [
      {
        name: `glossary:${entry.id}`,
        file: glossaryArFile,
        stamp: entry.translates,
        expected: stampOf(glossaryOriginal({ aka: [], ...original })),
      },
    ];
  });
}

/** The file's text with `translates: "<stamp>"` set in the block from line `start` to `end` (exclusive). */
function setStamp(lines: string[], start: number, end: number, indent: string, stamp: string): string[] {
  const block = lines.slice(start, end).filter((line) => !line.startsWith(`${indent}translates:`));
  let last = block.length;
  while (last > 1 && block[last - 1]!.trim() === '') last--;
  block.splice(last, 0, `${indent}translates: "${stamp}"`);
  return [...lines.slice(0, start), ...block, ...lines.slice(end)];
}

function stamp(block: Block) {
  const lines = readFileSync(block.file, 'utf8').split('\n');
  let start: number;
  let end: number;
  let indent = '  ';
  if (block.name.startsWith('glossary:')) {
    const id = block.name.slice('glossary:'.length);
    start = lines.findIndex((line) => line === `- id: ${id}`);
    end = lines.findIndex((line, i) => i > start && line.startsWith('- '));
  } else {
    start = lines.findIndex((line) => /^ar:\s*$/.test(line));
    end = lines.findIndex((line, i) => i > start && /^\S/.test(line));
    indent = /^(\s+)/.exec(lines[start + 1] ?? '')?.[1] ?? '  ';
  }
  if (start < 0) throw new Error(`${block.file}: no block for ${block.name}`);
  if (end < 0) end = lines.length;
  writeFileSync(block.file, setStamp(lines, start, end, indent, block.expected).join('\n'));
}

const [command = 'status', ...names] = process.argv.slice(2);
const blocks = [...missionBlocks(), ...glossaryBlocks()];
if (command === 'status') {
  const behind = blocks.filter(({ stamp, expected }) => stamp !== expected);
  for (const { name, file, stamp } of behind)
    console.log(
      `${path.relative(process.cwd(), file)}: ${name} ${stamp ? 'is behind its English original' : 'has never been stamped'}`,
    );
  console.log(
    `${behind.length} of ${blocks.length} translated mission blocks and glossary entries are behind their English.`,
  );
} else if (command === 'stamp' && names.length > 0) {
  const chosen = names.includes('--all') ? blocks : names.map((name) => blocks.find((block) => block.name === name));
  const unknown = names.filter((name, i) => name !== '--all' && !chosen[i]);
  if (unknown.length > 0) throw new Error(`No translated block named ${unknown.join(', ')}`);
  for (const block of chosen) if (block && block.stamp !== block.expected) stamp(block);
  console.log(`Stamped ${chosen.filter((block) => block && block.stamp !== block.expected).length} translation(s).`);
} else {
  console.error('Usage: npm run translations -- status | stamp <mission id | glossary:<id>>… | stamp --all');
  process.exitCode = 1;
}
