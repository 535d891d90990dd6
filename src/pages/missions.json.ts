import type { APIRoute } from 'astro';
import { getMissions } from '../lib/missions';
import { getCollection } from 'astro:content';
import { DATA_LICENCE, exportRecord, seriesRecords } from '../lib/missionExport';
import { withBase } from '../lib/paths';

export const GET: APIRoute = async ({ site }) => {
  const missions = await getMissions();
  const [latest] = (await getCollection('dataChangelog')).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
  const body = {
    version: latest?.data.version,
    date: latest?.data.date.toISOString().slice(0, 10),
    licence: DATA_LICENCE,
    source: new URL(withBase('/missions/'), site).href,
    documentation: new URL(withBase('/data/'), site).href,
    missions: missions.map(exportRecord),
    series: seriesRecords(missions),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
