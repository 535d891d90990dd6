import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';
import { htmlFiles } from '../lib/builtSite.ts';

const META_CSP = /(<meta http-equiv="content-security-policy" content=")([^"]+)(")/;

type Policy = Map<string, string[]>;
const parsePolicy = (policy: string): Policy =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );
const printPolicy = (policy: Policy) => [...policy].map(([name, values]) => [name, ...values].join(' ')).join('; ');

/** Merges policies token by token, so the header allows exactly what some page's meta allows. */
export function mergePolicies(policies: string[]): string {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, values] of parsePolicy(policy))
      merged.set(name, [...new Set([...(merged.get(name) ?? []), ...values])]);
  }
  return printPolicy(merged);
}

/** The sha256 sources of a page's inline scripts and styles, as a policy names them. */
function inlineHashes(html: string) {
  const hashes = { script: new Set<string>(), style: new Set<string>() };
  let open: 'script' | 'style' | undefined;
  let text = '';
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if ((name === 'script' && attributes['src'] === undefined) || name === 'style') {
          open = name;
          text = '';
        }
      },
      ontext(chunk) {
        if (open) text += chunk;
      },
      onclosetag(name) {
        if (open && name === open) {
          hashes[open].add(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
          open = undefined;
        }
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  parser.end();
  return hashes;
}

/**
 * A page's policy with only the hashes its own inline scripts and styles need. Astro lists the hash of
 * every script and style of the whole site on every page; bundled files are allowed by 'self' anyway,
 * so the other hashes only add weight to each page (about 0.5 KB gzip).
 */
export function prunePolicy(policy: string, html: string): string {
  const parsed = parsePolicy(policy);
  const needed = inlineHashes(html);
  for (const [directive, kind] of [
    ['script-src', 'script'],
    ['style-src', 'style'],
  ] as const) {
    const values = parsed.get(directive);
    if (values)
      parsed.set(
        directive,
        values.filter((value) => !value.startsWith("'sha256-") || needed[kind].has(value)),
      );
  }
  return printPolicy(parsed);
}

/**
 * Trims each page's Content-Security-Policy <meta> to the hashes that page needs (`prunePolicy`), then
 * copies the policies into the `_headers` file, in front of the directives a meta policy cannot carry
 * (frame-ancestors). Browsers enforce both, so the two must agree on what scripts may run. Under a base
 * path, the file's path patterns get the base in front, as the pages' addresses do.
 */
export function cspHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'observer-missions-csp-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const policies = new Set<string>();
        for (const file of htmlFiles(siteDir)) {
          const full = path.join(siteDir, file);
          const html = readFileSync(full, 'utf8');
          const meta = html.match(META_CSP);
          if (!meta) throw new Error(`${file} has no Content-Security-Policy meta tag`);
          const policy = prunePolicy(meta[2].replace(/&#39;/g, "'"), html);
          policies.add(policy);
          writeFileSync(
            full,
            html.replace(META_CSP, (_, open: string, __: string, close: string) => `${open}${policy}${close}`),
          );
        }
        const headersFile = path.join(siteDir, '_headers');
        const headers = readFileSync(headersFile, 'utf8');
        const line = /^(\s+Content-Security-Policy:)\s*(.*)$/m;
        if (!line.test(headers)) throw new Error('public/_headers has no Content-Security-Policy line to complete');
        const prefix = base.replace(/\/$/, '');
        const completed = headers
          .replace(line, (_, name: string, extra: string) => `${name} ${mergePolicies([...policies, extra])}`)
          .replace(/^\/(?=\S)/gm, `${prefix}/`);
        writeFileSync(headersFile, completed);
        logger.info(
          `Content-Security-Policy: each page lists only its own inline hashes; header written from ${policies.size} page policy variant(s)`,
        );
      },
    },
  };
}
