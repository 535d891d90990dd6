/**
 * A mission's locator map, drawn at build time from the atlas's own map data (Natural Earth's
 * 1:110m outlines in the world-atlas package, public domain) with d3-geo: the region around the
 * mission, the countries it worked in shaded, and its point (headquarters, or a point in its area).
 * Only the outlines inside the frame are written, a few kilobytes per page. Geography is never mirrored.
 */
import { geoBounds, geoEqualEarth, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { countryCode } from './countries';

export const LOCATOR_WIDTH = 320;
export const LOCATOR_HEIGHT = 200;

const topology = countries110m as unknown as Topology<{
  countries: GeometryCollection<{ name: string }>;
  land: GeometryCollection;
}>;
const countryShapes = feature(topology, topology.objects.countries);
type CountryShape = (typeof countryShapes)['features'][number];
const landShape = feature(topology, topology.objects.land);
const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);

/** Natural Earth's short names that CLDR's English names (./countries.ts) do not give. */
const NATURAL_EARTH_NAMES: Record<string, string> = {
  'w. sahara': 'EH',
  'dem. rep. congo': 'CD',
  'dominican rep.': 'DO',
  'central african rep.': 'CF',
  'eq. guinea': 'GQ',
  'solomon is.': 'SB',
  'bosnia and herz.': 'BA',
  macedonia: 'MK',
  's. sudan': 'SS',
  congo: 'CG',
  palestine: 'PS',
  myanmar: 'MM',
  'falkland is.': 'FK',
  'trinidad and tobago': 'TT',
};
const byCode = new Map<string, CountryShape>();
for (const shape of countryShapes.features) {
  const name = shape.properties.name;
  const code = countryCode(name) ?? NATURAL_EARTH_NAMES[name.toLowerCase()];
  if (code) byCode.set(code, shape);
}

export interface LocatorMap {
  land: string;
  borders: string;
  /** The shaded countries, one path each. */
  shaded: string[];
  /** Which of the mission's places were shaded (by their index in its `location`). */
  drawn: number[];
  point: [number, number];
}

// A country wider than this (in degrees) is shaded but does not set the frame: the map would show a
// continent for a mission that watched one border crossing.
const LARGEST_FRAMED = 30;
// The smallest frame around the point, in degrees either way, so a small country still shows its region.
const CONTEXT = 7;

/** The map of a mission whose places are `location` (English names) and point `[lon, lat]`. */
export function locatorMap(location: string[], [lon, lat]: [number, number]): LocatorMap {
  const places = location.map((name) => {
    const code = countryCode(name);
    return code ? byCode.get(code) : undefined;
  });
  const framed: [number, number][] = [
    [lon - CONTEXT, lat - CONTEXT],
    [lon + CONTEXT, lat + CONTEXT],
  ];
  for (const place of places) {
    if (!place) continue;
    const [[west, south], [east, north]] = geoBounds(place);
    // Bounds that cross the antimeridian (east < west) or span too much leave the frame to the point.
    if (east >= west && east - west <= LARGEST_FRAMED && north - south <= LARGEST_FRAMED)
      framed.push([west, south], [east, north]);
  }
  const frame = { type: 'MultiPoint' as const, coordinates: framed };
  const projection = geoEqualEarth()
    .rotate([-lon, 0])
    .fitExtent(
      [
        [12, 12],
        [LOCATOR_WIDTH - 12, LOCATOR_HEIGHT - 12],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [LOCATOR_WIDTH, LOCATOR_HEIGHT],
    ]);
  // Whole pixels: the map is drawn a few hundred pixels wide, and tenths of a pixel made the largest
  // map (MFO: Rome to Sinai) 40% heavier, past its 6 KB budget.
  const path = geoPath(projection).digits(0);
  const [x, y] = projection([lon, lat]) ?? [0, 0];
  return {
    land: path(landShape) ?? '',
    borders: path(borders) ?? '',
    shaded: places.flatMap((place) => (place ? [path(place) ?? ''] : [])).filter(Boolean),
    drawn: places.flatMap((place, i) => (place ? [i] : [])),
    point: [Math.round(x * 10) / 10, Math.round(y * 10) / 10],
  };
}
