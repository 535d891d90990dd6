// npm start (after the build) and npm run preview: serves dist/ as the static hosts the site is
// published on do: the security headers of dist/_headers, and the nearest 404 page for a missing
// address, so /ar/… answers in Arabic (`astro preview` reads neither file).
import path from 'node:path';
import { serveStatic } from './static-server.ts';

const dist = path.resolve(import.meta.dirname, '../dist');
// HOST=0.0.0.0 npm run preview lets a phone on the same network open the site at this machine's address.
const host = process.env['HOST'] ?? '127.0.0.1';
const port = Number(process.env['PORT'] ?? 4321);
const base = process.env['BASE_PATH'] ?? '/';
const server = await serveStatic(dist, { base, host, port });
console.log(
  `Serving dist/ at ${server.origin}${base}${host === '0.0.0.0' ? ' (and at this machine’s address on the network)' : ''}. Ctrl+C stops it.`,
);
