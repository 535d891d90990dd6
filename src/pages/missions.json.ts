import type { APIRoute } from 'astro';
import { getMissions } from '../lib/missions';
import { DATA_LICENCE, exportRecord } from '../lib/missionExport';
import { withBase } from '../lib/paths';

export const GET: APIRoute = async ({ site }) => {
  const missions = await getMissions();
  const body = {
    licence: DATA_LICENCE,
    source: new URL(withBase('/missions/'), site).href,
    missions: missions.map(exportRecord),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
