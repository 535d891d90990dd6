// npm test: every check. The build runs beside the formatting and dead-code checks, which read no file
// it writes, so the build's second core is not left idle. The type check runs after the build and
// before the tests: it reads the types the build generates in .astro/, which a build (the tests build
// fixtures) rewrites in place. A failing check does not stop the others, so one run shows every
// failure; a failed build stops the tests, which need the built site.
import { spawn } from 'node:child_process';

interface Step {
  name: string;
  command: string;
  args: string[];
}

/**
 * Runs `step`, its output shown as it comes (`live`) or kept and shown at once when it ends, under its
 * name, so two steps' lines never interleave. Resolves to whether it passed.
 */
function run(step: Step, { live }: { live: boolean }): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const kept: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => kept.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => kept.push(chunk));
    child.on('close', (code) => {
      if (!live) process.stdout.write(`\n> ${step.name}\n${Buffer.concat(kept).toString()}`);
      resolve(code === 0);
    });
    child.on('error', (error) => {
      process.stdout.write(`\n> ${step.name}: ${error.message}\n`);
      resolve(false);
    });
  });
}

/** Runs steps one after another, kept output; resolves to the names of those that failed. */
async function inTurn(steps: Step[]): Promise<string[]> {
  const failed: string[] = [];
  for (const step of steps) if (!(await run(step, { live: false }))) failed.push(step.name);
  return failed;
}

const format: Step = { name: 'prettier --check .', command: 'prettier', args: ['--check', '.'] };
const deadCode: Step = { name: 'knip', command: 'knip', args: ['--no-config-hints'] };
const build: Step = { name: 'astro build', command: 'astro', args: ['build'] };
const types: Step = { name: 'astro check', command: 'astro', args: ['check', '--noSync'] };
const tests: Step = {
  name: 'node --test',
  command: 'node',
  args: ['--test', '--test-concurrency=2', '--test-timeout=180000', 'tests/**/*.test.ts'],
};

const [built, checksFailed] = await Promise.all([run(build, { live: true }), inTurn([format, deadCode])]);
const failed = [...checksFailed];
if (!built) failed.push(build.name);
else {
  if (!(await run(types, { live: true }))) failed.push(types.name);
  if (!(await run(tests, { live: true }))) failed.push(tests.name);
}
if (failed.length > 0) {
  console.error(`\nnpm test failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
