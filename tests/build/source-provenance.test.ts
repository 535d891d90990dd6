import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { articleFiles, readMdx } from '../helpers/content.ts';
import { ROOT } from '../helpers/site.ts';

interface Source {
  url: string;
  note?: string;
}
interface CopyHost {
  host: string;
  what: string;
}

const COPY_HOSTS_FILE = 'content/sources/copy-hosts.yaml';
const copyHosts = parseYaml(readFileSync(path.join(ROOT, COPY_HOSTS_FILE), 'utf8')) as CopyHost[];
/** A note that explains a copy says more than a word or two. */
const MIN_NOTE_LENGTH = 30;

/** Every source in the content, with the file and the place in it a writer would look for. */
function allSources(): { where: string; source: Source }[] {
  const found: { where: string; source: Source }[] = [];
  for (const file of articleFiles()) {
    const sources = (readMdx(file).data['sources'] ?? {}) as Record<string, Source>;
    for (const [key, source] of Object.entries(sources)) found.push({ where: `${file}: sources.${key}`, source });
  }
  const glossaryFile = 'content/glossary/terms.yaml';
  for (const term of parseYaml(readFileSync(path.join(ROOT, glossaryFile), 'utf8')) as {
    id: string;
    source?: Source;
  }[]) {
    if (term.source) found.push({ where: `${glossaryFile}: ${term.id}.source`, source: term.source });
  }
  for (const name of readdirSync(path.join(ROOT, 'content/missions')).filter((n) => n.endsWith('.yaml'))) {
    const file = `content/missions/${name}`;
    const mission = parseYaml(readFileSync(path.join(ROOT, file), 'utf8')) as {
      sources: Source[];
      peak_strength?: { source: Source };
    };
    mission.sources.forEach((source, i) => found.push({ where: `${file}: sources[${i}]`, source }));
    if (mission.peak_strength)
      found.push({ where: `${file}: peak_strength.source`, source: mission.peak_strength.source });
  }
  return found;
}

const copyHostOf = (url: string) => {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return copyHosts.find((entry) => host === entry.host || host.endsWith(`.${entry.host}`));
};

test('the list of copy and mirror hosts is well formed, sorted and has no repeats', () => {
  assert.ok(Array.isArray(copyHosts) && copyHosts.length > 10);
  for (const entry of copyHosts) {
    assert.match(entry.host, /^[a-z0-9.-]+\.[a-z]+$/, `${COPY_HOSTS_FILE}: "${entry.host}" is not a bare host name`);
    assert.ok(entry.what?.length > 5, `${COPY_HOSTS_FILE}: "${entry.host}" needs a "what"`);
  }
  const hosts = copyHosts.map((entry) => entry.host);
  assert.deepEqual(hosts, [...hosts].sort(), `${COPY_HOSTS_FILE} is sorted`);
  assert.equal(new Set(hosts).size, hosts.length, `${COPY_HOSTS_FILE} lists a host twice`);
});

test('no source is a copy or mirror unless its note says why the copy is cited', () => {
  const sources = allSources();
  assert.ok(sources.length > 100, `${sources.length} sources found`);
  const problems = sources.flatMap(({ where, source }) => {
    const copy = copyHostOf(source.url);
    if (!copy || (source.note ?? '').trim().length >= MIN_NOTE_LENGTH) return [];
    return [
      `${where}: ${source.url} is on ${copy.host} (${copy.what}); cite the original, or say in "note" who made the copy and why it is cited`,
    ];
  });
  assert.deepEqual(problems, []);
});

test('the check catches a copy without a note', () => {
  assert.equal(copyHostOf('https://en.wikipedia.org/wiki/UNTSO')?.host, 'wikipedia.org');
  assert.equal(copyHostOf('https://www.refworld.org/docid/1.html')?.host, 'refworld.org');
  assert.equal(copyHostOf('https://undocs.org/S/RES/50(1948)'), undefined);
});
