import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

type HeaderRule = { pattern: RegExp; headers: [string, string][] };

/** Reads a Netlify/Cloudflare `_headers` file, so tests run under the headers the site ships with. */
export function readHeadersFile(file: string): HeaderRule[] {
  if (!existsSync(file)) return [];
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')}$`,
      );
      rules.push({ pattern, headers: [] });
    } else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)?.headers.push([name.trim(), value.join(':').trim()]);
    }
  }
  return rules;
}

/**
 * Serves a built site on 127.0.0.1 (a free port unless one is given), with the headers of its `_headers`
 * file and, for a missing address, the nearest 404 page (the Arabic one under /ar/), as the static hosts
 * the site is published on do. Under a `base` path ("/observer-missions/"), as a project page is
 * served, only addresses below it exist.
 */
export async function serveStatic(
  dir: string,
  { base = '/', host = '127.0.0.1', port = 0 }: { base?: string; host?: string; port?: number } = {},
): Promise<StaticServer> {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir} holds no built site: run \`npm run build\` first`);
  }
  // Like Cloudflare Pages, the nearest 404.html up the folders: /ar/… gets the Arabic one.
  const notFoundFor = (sitePath: string) => {
    for (let folder = path.posix.dirname(sitePath); ; folder = path.posix.dirname(folder)) {
      const file = path.join(dir, folder, '404.html');
      if (existsSync(file)) return readFileSync(file);
      if (folder === '/' || folder === '.') return readFileSync(path.join(dir, '404.html'));
    }
  };
  const files = sirv(dir, { dev: false, etag: false });
  const rules = readHeadersFile(path.join(dir, '_headers'));
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    for (const { pattern, headers } of rules)
      if (pattern.test(pathname)) for (const [name, value] of headers) res.setHeader(name, value);
    const notFoundPage = () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFoundFor(pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : '/'));
    };
    if (!pathname.startsWith(base)) return notFoundPage();
    req.url = `/${(req.url ?? '/').slice(base.length)}`;
    return files(req, res, notFoundPage);
  });
  // Longer than any pause between a test's requests: a connection the server closed while idle would
  // otherwise meet the client's next request on it ("read ECONNRESET").
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    origin: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
