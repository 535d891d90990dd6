import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { readBuilt, ROOT } from '../helpers/site.ts';
import { builtPage } from '../helpers/html.ts';

type Row = Record<string, string>;
const rows = (file: string) => parseCsv(readBuilt(file), { columns: true, skip_empty_lines: true }) as Row[];
const header = (file: string) => readBuilt(file).split('\r\n')[0]!.split(',');
const exported = JSON.parse(readBuilt('missions.json')) as {
  version: string;
  missions: Record<string, unknown>[];
  series: Record<string, unknown>[];
};
const cell = (value: unknown) => (Array.isArray(value) ? value.join('; ') : String(value));

test('the CSV and the JSON hold the same missions, field for field, and the same dated figures', () => {
  const csv = rows('missions.csv');
  assert.equal(csv.length, exported.missions.length);
  for (const record of exported.missions) {
    const line = csv.find((row) => row['id'] === record['id']);
    assert.ok(line, `${String(record['id'])} is in the CSV`);
    for (const [field, value] of Object.entries(record))
      assert.equal(line[field], cell(value), `${String(record['id'])}.${field}`);
  }
  const series = rows('missions-series.csv');
  assert.equal(series.length, exported.series.length);
  series.forEach((row, i) => {
    for (const [field, value] of Object.entries(exported.series[i]!))
      assert.equal(row[field], cell(value), `series ${i}.${field}`);
  });
});

test('the downloads match the mission pages: every mission, its name, places, headquarters, sources and figures', () => {
  const problems: string[] = [];
  for (const record of exported.missions) {
    const id = String(record['id']);
    const $ = builtPage(`/missions/${id}/`);
    const text = $('main').text().replace(/\s+/g, ' ');
    if (!$('h1').text().includes(String(record['name']))) problems.push(`${id}: name`);
    for (const place of record['location'] as string[]) if (!text.includes(place)) problems.push(`${id}: ${place}`);
    if (record['hq'] && !text.includes(String(record['hq']))) problems.push(`${id}: hq`);
    const links = new Set(
      $('main a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    );
    for (const url of record['sources'] as string[]) if (!links.has(url)) problems.push(`${id}: source ${url}`);
    for (const figure of exported.series.filter((value) => value['id'] === id))
      if (!text.includes(Number(figure['value']).toLocaleString('en')))
        problems.push(`${id}: figure ${String(figure['value'])}`);
  }
  assert.deepEqual(problems, []);
});

test('the data page documents every column of every download, in both languages, and names the current version', () => {
  for (const page of ['/data/', '/ar/data/']) {
    const $ = builtPage(page);
    const documented = $('table th[scope="row"] code')
      .map((_, code) => $(code).text())
      .get();
    assert.deepEqual(documented, [...header('missions.csv'), ...header('missions-series.csv')], page);
    assert.ok($('main').text().includes(exported.version), `${page} names version ${exported.version}`);
  }
});

/** Every mission file, parsed. */
const missionFiles = readdirSync(path.join(ROOT, 'content/missions'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({
    file: `content/missions/${name}`,
    data: parseYaml(readFileSync(path.join(ROOT, 'content/missions', name), 'utf8')) as {
      sources: { url: string; note?: string }[];
      peak_strength?: { source: { url: string; note?: string } };
    },
  }));

test('at most 8 mission files rest a fact on Wikipedia, each with a note saying what it is used for and why', () => {
  const citing = missionFiles.filter(({ data }) =>
    [...data.sources, ...(data.peak_strength ? [data.peak_strength.source] : [])].some((source) =>
      /(^|\.)wikipedia\.org$/.test(new URL(source.url).hostname),
    ),
  );
  assert.ok(citing.length <= 8, `${citing.length} files cite Wikipedia: ${citing.map(({ file }) => file).join(', ')}`);
  for (const { file, data } of citing)
    for (const source of data.sources.filter((s) => /wikipedia\.org$/.test(new URL(s.url).hostname)))
      // The note says it is Wikipedia, what it is used for, and why no original is cited: a sentence, not a word.
      assert.ok(/^Wikipedia\b/.test(source.note ?? '') && (source.note ?? '').length >= 60, `${file}: ${source.note}`);
});
