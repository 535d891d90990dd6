import type { APIRoute } from 'astro';
import { getMissions } from '../lib/missions';
import { DATA_LICENCE, exportRecord } from '../lib/missionExport';
import { SITE_URL } from '../consts';

export const GET: APIRoute = async () => {
  const missions = await getMissions();
  const body = { licence: DATA_LICENCE, source: `${SITE_URL}/missions/`, missions: missions.map(exportRecord) };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
