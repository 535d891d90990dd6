import type { APIRoute } from 'astro';
import { getMissions } from '../lib/missions';
import { toSeriesCsv } from '../lib/missionExport';

/** Every mission's dated figures, one row each (the columns are documented on /data/). */
export const GET: APIRoute = async () =>
  new Response(toSeriesCsv(await getMissions()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
