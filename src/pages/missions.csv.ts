import type { APIRoute } from 'astro';
import { getMissions } from '../lib/missions';
import { toCsv } from '../lib/missionExport';

export const GET: APIRoute = async () =>
  new Response(toCsv(await getMissions()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
