import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from '../lib/builtSite.ts';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/;

/** Merges policies token by token, so the header allows exactly what some page's meta allows. */
export function mergePolicies(policies: string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy
      .split(';')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const [name, ...values] = part.split(/\s+/);
      const set = directives.get(name) ?? new Set<string>();
      values.forEach((value) => set.add(value));
      directives.set(name, set);
    }
  }
  return [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/**
 * Copies the Content-Security-Policy that Astro puts in each page's <meta> (with its script and
 * style hashes) into the `_headers` file, in front of the directives a meta policy cannot carry
 * (frame-ancestors). Browsers enforce both, so the two must agree on what scripts may run. Under a
 * base path, the file's path patterns get the base in front, as the pages' addresses do.
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
          const policy = readFileSync(path.join(siteDir, file), 'utf8').match(META_CSP)?.[1];
          if (!policy) throw new Error(`${file} has no Content-Security-Policy meta tag`);
          policies.add(policy);
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
        logger.info(`Content-Security-Policy header written from ${policies.size} page policy variant(s)`);
      },
    },
  };
}
