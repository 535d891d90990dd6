import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import land from 'world-atlas/land-110m.json' with { type: 'json' };

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

/**
 * Built once, at build time: the world's land as one SVG path (Natural Earth 1:110m, public domain,
 * from the world-atlas package) and a projection for the mission markers. No tiles, no runtime requests.
 */
const topology = land as unknown as Topology<{ land: GeometryCollection }>;
const landShape = feature(topology, topology.objects.land);
const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], landShape);
// One decimal is finer than a pixel at this size and keeps the path small.
export const landPath = geoPath(projection).digits(1)(landShape) ?? '';

export function projectPoint(lon: number, lat: number): [number, number] {
  const [x, y] = projection([lon, lat]) ?? [0, 0];
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}
