// Builds the site once in this process and prints timing and peak memory as JSON on the last line.
// Run by bench/run.ts in a child process, so each build's peak memory is its own.
import { build } from 'astro';

const [outDir = 'dist', cacheDir] = process.argv.slice(2);
const started = performance.now();
// A scale run gets its own cache, so entries from another content folder never mix in.
await build({ root: process.cwd(), outDir, logLevel: 'error', ...(cacheDir ? { cacheDir } : {}) });
const seconds = (performance.now() - started) / 1000;
// maxRSS is in kilobytes. The Pagefind indexer runs as its own process and is not counted here.
console.log(JSON.stringify({ seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
