// `npm run pagefind:canary [-- --version <v>] [-- --keep]`: what a Pagefind upgrade would change, before
// it is made. In a temporary copy of the project (the project's own files, lockfile and node_modules are
// never touched) it builds the site with the pinned Pagefind, then with another version (by default the
// newest on npm: the latest release, or a newer prerelease), runs the search build tests against it, asks
// every reader question of both languages of both builds, and reports which build steps stepped aside
// (warnings the pinned build does not give) and how answers and bytes change. Exits 1 when a test fails
// or a question answered by the pinned build is no longer answered. The procedure around it is
// docs/upgrading-pagefind.md.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { askReaderQuestions, type AskedLanguage } from '../bench/questions.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const KB = 1024;
const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const keep = process.argv.includes('--keep');

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

const npmJson = <T>(...args: string[]) => {
  const result = run('npm', [...args, '--json'], ROOT);
  if (!result.ok) throw new Error(`npm ${args.join(' ')} failed:\n${result.output}`);
  return JSON.parse(result.output) as T;
};

/** Numeric comparison of two versions, a prerelease before its release (1.5.0-beta.1 < 1.5.0). */
function compareVersions(a: string, b: string) {
  const parts = (version: string) => {
    const [release, pre] = version.split('-', 2);
    return { numbers: release.split('.').map(Number), pre };
  };
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (x.numbers[i] !== y.numbers[i]) return (x.numbers[i] ?? 0) - (y.numbers[i] ?? 0);
  if (x.pre === y.pre) return 0;
  if (!x.pre) return 1;
  if (!y.pre) return -1;
  return x.pre.localeCompare(y.pre, 'en', { numeric: true });
}

const pinned = (
  JSON.parse(readFileSync(path.join(ROOT, 'node_modules/pagefind/package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** The version to try: `--version`, else the newest on npm (a prerelease only when newer than the latest release). */
function targetVersion() {
  const asked = argument('--version');
  if (asked) return { version: asked, why: 'asked for with --version' };
  const latest = npmJson<{ latest: string }>('view', 'pagefind', 'dist-tags').latest;
  const prerelease = npmJson<string[]>('view', 'pagefind', 'versions')
    .filter((version) => version.includes('-') && compareVersions(version, latest) > 0)
    .sort(compareVersions)
    .at(-1);
  if (prerelease) return { version: prerelease, why: `newest prerelease on npm (latest release: ${latest})` };
  return { version: latest, why: 'latest release on npm (no newer prerelease)' };
}

/** The project's files as the working tree has them (tracked and new, not ignored), and its node_modules. */
function copyProject(to: string) {
  const listed = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT);
  if (!listed.ok) throw new Error(`git ls-files failed:\n${listed.output}`);
  for (const file of listed.output.split('\0').filter(Boolean)) {
    const from = path.join(ROOT, file);
    try {
      if (!statSync(from).isFile()) continue;
    } catch {
      continue; // deleted in the working tree
    }
    mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    cpSync(from, path.join(to, file));
  }
  cpSync(path.join(ROOT, 'node_modules'), path.join(to, 'node_modules'), { recursive: true, verbatimSymlinks: true });
}

/** Replaces Pagefind and its binary for this platform in `project`'s node_modules with `version` from npm. */
function installPagefind(project: string, version: string) {
  const platform = `${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  const packages = ['pagefind', `@pagefind/${platform}`];
  const packs = path.join(project, '.canary-packs');
  mkdirSync(packs, { recursive: true });
  for (const name of packages) {
    // `npm pack` fetches a package's tarball from the registry without installing or locking anything.
    const packed = run('npm', ['pack', `${name}@${version}`, '--pack-destination', packs, '--silent'], packs);
    if (!packed.ok) throw new Error(`npm pack ${name}@${version} failed:\n${packed.output}`);
    const tarball = path.join(packs, packed.output.trim().split('\n').at(-1)!);
    const into = path.join(project, 'node_modules', name);
    rmSync(into, { recursive: true, force: true });
    mkdirSync(into, { recursive: true });
    const extracted = run('tar', ['-xzf', tarball, '-C', into, '--strip-components=1'], project);
    if (!extracted.ok) throw new Error(`unpacking ${tarball} failed:\n${extracted.output}`);
  }
  rmSync(packs, { recursive: true, force: true });
}

const folderBytes = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);

/** Builds `project` into dist/: seconds, the warnings its output gave, and dist/pagefind's size. */
function buildSite(project: string) {
  const started = performance.now();
  const built = run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], project);
  const seconds = (performance.now() - started) / 1000;
  // Colour codes are stripped so that warnings compare as text.
  const lines = built.output.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const warnings = lines
    .filter((line) => /\[WARN\]|\bwarn(ing)?\b/i.test(line))
    .map((line) => line.replace(/^\d\d:\d\d:\d\d\s*/, '').trim());
  if (!built.ok)
    return { ok: false, seconds, warnings, pagefindBytes: 0, chunks: 0, tail: lines.slice(-30).join('\n') };
  const pagefindDir = path.join(project, 'dist/pagefind');
  // Pagefind ignores a chunk size it no longer reads, without a word: the index then has far fewer files.
  const chunks = readdirSync(path.join(pagefindDir, 'index')).length;
  return { ok: true, seconds, warnings, pagefindBytes: folderBytes(pagefindDir), chunks, tail: '' };
}

async function askBoth(dir: string) {
  return { en: await askReaderQuestions(dir, 'en'), ar: await askReaderQuestions(dir, 'ar') };
}

const fmt = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const signed = (bytes: number) => `${bytes >= 0 ? '+' : '−'}${fmt(Math.abs(bytes))}`;

const target = targetVersion();
console.log(`Pinned Pagefind: ${pinned}. Trying ${target.version} (${target.why}).`);
if (target.version === pinned && !argument('--version')) {
  console.log(
    `The newest Pagefind on npm is the pinned version, and there is no newer prerelease: nothing to try. ` +
      `(\`npm run pagefind:canary -- --version <v>\` tries any other version.)`,
  );
  process.exit(0);
}

const project = mkdtempSync(path.join(tmpdir(), 'pagefind-canary-'));
let failed = false;
try {
  console.log(`Copying the project to ${project}…`);
  copyProject(project);

  console.log(`Building with the pinned Pagefind ${pinned}…`);
  const before = buildSite(project);
  if (!before.ok) throw new Error(`the build with the pinned Pagefind failed:\n${before.tail}`);
  renameSync(path.join(project, 'dist'), path.join(project, 'dist-pinned'));

  console.log(`Installing Pagefind ${target.version} into the copy…`);
  installPagefind(project, target.version);
  console.log(`Building with Pagefind ${target.version}…`);
  const after = buildSite(project);
  if (!after.ok) {
    console.log(`\nThe build with Pagefind ${target.version} failed:\n${after.tail}`);
    process.exitCode = 1;
  } else {
    console.log('Running the search build tests against it…');
    const tests = run(
      process.execPath,
      [
        '--test',
        '--test-timeout=180000',
        ...readdirSync(path.join(project, 'tests/build'))
          .filter((file) => /^(search-.*|reader-questions)\.test\.ts$/.test(file))
          .map((file) => `tests/build/${file}`),
      ],
      project,
    );
    const summary = tests.output.split('\n').filter((line) => /^ℹ (tests|pass|fail) /.test(line));
    const failing = tests.output.split('\n').filter((line) => /^✖ /.test(line));

    console.log('Asking every reader question of both builds…');
    const pinnedAnswers = await askBoth(path.join(project, 'dist-pinned'));
    const candidateAnswers = await askBoth(path.join(project, 'dist'));

    const newWarnings = after.warnings.filter((line) => !before.warnings.includes(line));
    console.log(`\nPagefind ${pinned} (pinned) → ${target.version}`);
    console.log(`build: ${before.seconds.toFixed(1)} s → ${after.seconds.toFixed(1)} s`);
    console.log(
      `dist/pagefind: ${fmt(before.pagefindBytes)} → ${fmt(after.pagefindBytes)} (${signed(after.pagefindBytes - before.pagefindBytes)})`,
    );
    console.log(
      `index chunks (both languages): ${before.chunks} → ${after.chunks}` +
        (after.chunks * 2 < before.chunks ? ' (far fewer: was PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ignored?)' : ''),
    );
    console.log(
      newWarnings.length
        ? `steps that stepped aside (warnings the pinned build does not give):\n  ${newWarnings.join('\n  ')}`
        : 'steps that stepped aside: none (no warning the pinned build does not give)',
    );
    console.log(`search build tests: ${summary.map((line) => line.slice(2)).join(', ')}`);
    for (const line of new Set(failing)) console.log(`  ${line}`);
    if (!tests.ok) failed = true;

    for (const lang of ['en', 'ar'] as const) {
      const [a, b]: AskedLanguage[] = [pinnedAnswers[lang], candidateAnswers[lang]];
      console.log(
        `${lang}: answered ${a.answered}/${a.questions} → ${b.answered}/${b.questions}; ` +
          `median ${fmt(a.medianBytes)} → ${fmt(b.medianBytes)}, largest ${fmt(a.maxBytes)} → ${fmt(b.maxBytes)}`,
      );
      const was = new Map(a.runs.map((run) => [run.q, run]));
      for (const run of b.runs) {
        const old = was.get(run.q);
        if (!old) continue;
        if (old.answered !== run.answered)
          console.log(`  ${run.answered ? 'now answered' : 'NO LONGER ANSWERED'}: ${run.q}`);
        if (Math.abs(run.bytes - old.bytes) >= KB)
          console.log(`  ${run.q}: ${fmt(old.bytes)} → ${fmt(run.bytes)} (${signed(run.bytes - old.bytes)})`);
        if (old.answered && !run.answered) failed = true;
      }
    }
  }
} finally {
  if (keep) console.log(`\nThe copy is kept in ${project} (dist-pinned/ and dist/).`);
  else rmSync(project, { recursive: true, force: true });
}
if (failed) process.exitCode = 1;
