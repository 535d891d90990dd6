/**
 * The geometry of the figures, computed at build time with d3-scale (positions and ticks), d3-shape
 * (areas, lines, marker symbols) and d3-array (extents): pure numbers and path strings, so each SVG
 * component only draws. Nothing here runs in the browser.
 *
 * Every drawing is 320 units wide and shown at most a little wider (see Figure.astro), so its text,
 * 13 units, reads at about 12 CSS px on a 320 px screen and never needs to shrink further.
 *
 * Direction in Arabic: bars of categories and sources run from the right, as the page reads; time runs
 * from left to right in both languages (docs/architecture.md, "Figures", gives the evidence).
 */
import { extent, max as maxOf } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import {
  area,
  curveStepAfter,
  line,
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolTriangle,
} from 'd3-shape';

export const FIGURE_WIDTH = 320;
/** Font size of every label, in drawing units. */
export const FIGURE_TEXT = 13;
const LINE = 17;
/** Text keeps this far from the drawing's edges: some letters (a J) reach past their own start. */
const INSET = 2;
const round = (n: number) => Math.round(n * 10) / 10;

export interface BarInput {
  group?: string | undefined;
  heading: string;
  detail?: string | undefined;
  value?: number | undefined;
  low?: number | undefined;
  high?: number | undefined;
  qualifier: 'exact' | 'about' | 'more-than' | 'at-least';
  valueText: string;
  oic?: boolean | undefined;
}

/** A text in the drawing: where it sits, and which of its ends is at `x` (`start` follows the text's direction). */
export interface Label {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'end' | 'middle';
}

export interface BarMark {
  /** The row's extent on the value axis, in drawing units (left edge and width, whatever the direction). */
  x: number;
  y: number;
  width: number;
  height: number;
  shape: 'bar' | 'range' | 'lower-bound';
  /** A lower bound's arrow, pointing the way the values grow. */
  arrow?: string | undefined;
  /** Members of the OIC are drawn solid, others open: not by colour alone. */
  kind: 'oic' | 'other' | 'plain';
}

export interface BarsLayout {
  width: number;
  height: number;
  groups: Label[];
  headings: Label[];
  details: Label[];
  values: Label[];
  bars: BarMark[];
  /** Lines under each group's date, across the drawing. */
  rules: number[];
  /** The value axis: gridlines from `top` to `bottom`, and their labels. */
  ticks: { x: number; label: Label }[];
  top: number;
  bottom: number;
}

/**
 * Rows of labelled bars, one under another: each row's date (or name) and value on one line, what it
 * counts on the next, the bar below them across the full width. In right-to-left pages the rows are
 * mirrored: labels start at the right and bars grow leftwards.
 */
export function layoutBars(
  rows: BarInput[],
  max: number,
  { rtl = false, format = (n: number) => String(n) }: { rtl?: boolean; format?: (n: number) => string } = {},
): BarsLayout {
  const width = FIGURE_WIDTH;
  const value = scaleLinear().domain([0, max]).range([0, width]);
  // Mirrored pages measure from the right edge; text anchors keep their meaning through `direction`.
  const at = (x: number) => round(rtl ? width - x : x);
  const span = (from: number, to: number) => ({
    x: round(rtl ? width - to : from),
    width: round(Math.max(to - from, 1)),
  });
  const layout: BarsLayout = {
    width,
    height: 0,
    groups: [],
    headings: [],
    details: [],
    values: [],
    bars: [],
    rules: [],
    ticks: [],
    top: 0,
    bottom: 0,
  };
  // Room above the first line for its letters' ascent.
  let y = 5;
  let group: string | undefined;
  for (const row of rows) {
    if (row.group !== undefined && row.group !== group) {
      group = row.group;
      y += layout.groups.length > 0 ? 12 : 0;
      layout.groups.push({ x: at(INSET), y: y + 14, text: row.group, anchor: 'start' });
      layout.rules.push(y + 20);
      y += 28;
    }
    layout.headings.push({ x: at(INSET), y: y + FIGURE_TEXT, text: row.heading, anchor: 'start' });
    layout.values.push({ x: at(width - INSET), y: y + FIGURE_TEXT, text: row.valueText, anchor: 'end' });
    y += LINE;
    if (row.detail) {
      layout.details.push({ x: at(INSET), y: y + FIGURE_TEXT, text: row.detail, anchor: 'start' });
      y += LINE;
    }
    const barY = y + 3;
    const kind = row.oic === undefined ? 'plain' : row.oic ? 'oic' : 'other';
    if (row.low !== undefined && row.high !== undefined) {
      layout.bars.push({ ...span(value(row.low), value(row.high)), y: barY, height: 10, shape: 'range', kind });
    } else {
      const end = value(row.value ?? 0);
      const lower = row.qualifier === 'more-than' || row.qualifier === 'at-least';
      // A lower bound ends in an arrow: the true number lies further along.
      const tip = Math.min(end + 9, width);
      const arrow = lower
        ? `M${at(end + 1)} ${barY - 2}L${at(tip)} ${barY + 5}L${at(end + 1)} ${barY + 12}Z`
        : undefined;
      layout.bars.push({ ...span(0, end), y: barY, height: 10, shape: lower ? 'lower-bound' : 'bar', arrow, kind });
    }
    y = barY + 10 + 12;
  }
  layout.top = 0;
  layout.bottom = y;
  // Three or four gridlines: their labels stay apart even at 320 units with six-figure numbers.
  layout.ticks = value.ticks(3).map((tick) => {
    const x = at(value(tick));
    const anchor = tick === 0 ? 'start' : value(tick) >= width - 1 ? 'end' : 'middle';
    return { x, label: { x, y: y + 16, text: format(tick), anchor } };
  });
  layout.height = y + 22;
  return layout;
}

export interface YearsInput {
  year: number;
  values: Record<string, number>;
}

export interface YearsPanel {
  key: string;
  title: Label;
  /** The stepped area of the panel's counts, one step per year. */
  path: string;
  /** The panel's baseline and its top gridline (the largest count of any panel). */
  baseline: number;
  top: number;
}

export interface YearsLayout {
  width: number;
  height: number;
  panels: YearsPanel[];
  /** Largest count of any year and group: the gridline each panel shares, and its label. */
  peak: number;
  peakLabel: Label[];
  /** Decades: gridlines through every panel, labelled under the last. */
  ticks: { x: number; label?: Label }[];
}

/**
 * Counts per year in small multiples, one panel per group on one shared scale, time running left to
 * right. Each year is a step as wide as the year: a mission counts in every year it was at work.
 */
export function layoutYears(years: YearsInput[], groups: { key: string; title: string }[], rtl = false): YearsLayout {
  const width = FIGURE_WIDTH;
  const first = years[0]?.year ?? 0;
  const last = years.at(-1)?.year ?? 0;
  const x = scaleLinear()
    .domain([first, last + 1])
    .range([0, width]);
  const peak = maxOf(years, (y) => maxOf(groups, (g) => y.values[g.key] ?? 0)) ?? 0;
  const plot = 54;
  const panels: YearsPanel[] = [];
  let top = 0;
  const titleX = rtl ? width - INSET : INSET;
  for (const group of groups) {
    const baseline = top + 22 + plot;
    const height = scaleLinear()
      .domain([0, Math.max(peak, 1)])
      .range([baseline, baseline - plot]);
    const points: [number, number][] = [...years.map((y) => [y.year, y.values[group.key] ?? 0] as [number, number])];
    points.push([last + 1, points.at(-1)?.[1] ?? 0]);
    const path =
      area<[number, number]>()
        .x((p) => round(x(p[0])))
        .y0(baseline)
        .y1((p) => round(height(p[1])))
        .curve(curveStepAfter)(points) ?? '';
    panels.push({
      key: group.key,
      title: { x: titleX, y: top + 14, text: group.title, anchor: 'start' },
      path,
      baseline,
      top: baseline - plot,
    });
    top = baseline + 14;
  }
  const decades = x.ticks(8).filter((year) => year % 10 === 0);
  const labelled = new Set(decades.filter((year) => year % 20 === 0));
  const bottom = panels.at(-1)?.baseline ?? 0;
  return {
    width,
    height: bottom + 22,
    panels,
    peak,
    // The shared top line's value, at the end of the panel away from its name.
    peakLabel: panels.map((panel) => ({
      x: rtl ? INSET : width - INSET,
      y: panel.top - 3,
      text: String(peak),
      anchor: rtl ? 'start' : 'end',
    })),
    ticks: decades.map((year) => ({
      x: round(x(year)),
      label: labelled.has(year)
        ? { x: round(x(year)), y: bottom + 16, text: String(year), anchor: 'middle' }
        : undefined,
    })),
  };
}

/** The marker shape of each line of a strength chart, in order: told apart by shape, not colour alone. */
const SYMBOLS = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond];

export interface StrengthSeries {
  key: string;
  points: { date: string; value: number }[];
}

export interface StrengthLayout {
  width: number;
  height: number;
  lines: { key: string; path: string; marker: string; points: { x: number; y: number }[]; index: number }[];
  xTicks: Label[];
  yTicks: { y: number; label: Label }[];
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** "2006-09-26" → 2006.73: a date as a fraction of its year (a year alone is its middle). */
export function dateValue(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return year! + 0.5;
  return year! + (month - 1) / 12 + (day ? (day - 1) / 365 : 1 / 24);
}

/**
 * A mission's strength over time: one line per kind of figure (deployed military observers,
 * authorised police…), each point where a source gives a number, time left to right.
 */
export function layoutStrength(series: StrengthSeries[], format = (n: number) => String(n)): StrengthLayout {
  const width = FIGURE_WIDTH;
  const [left, right, top, bottom] = [36, width - 8, 14, 156];
  const dates = series.flatMap((s) => s.points.map((p) => dateValue(p.date)));
  const [from = 0, to = 0] = extent(dates);
  const x = scaleLinear()
    .domain([Math.floor(from), Math.ceil(to === Math.floor(to) ? to + 1 : to)])
    .range([left + 6, right - 6]);
  const y = scaleLinear()
    .domain([0, maxOf(series, (s) => maxOf(s.points, (p) => p.value)) ?? 1])
    .nice(4)
    .range([bottom, top]);
  const years = x.ticks(Math.min(6, x.domain()[1]! - x.domain()[0]!)).filter(Number.isInteger);
  const path = line<{ x: number; y: number }>()
    .x((p) => p.x)
    .y((p) => p.y);
  return {
    width,
    height: bottom + 24,
    lines: series.map((s, index) => {
      const points = s.points.map((p) => ({ x: round(x(dateValue(p.date))), y: round(y(p.value)) }));
      return {
        key: s.key,
        index,
        points,
        path: path(points) ?? '',
        marker: symbol(SYMBOLS[index % SYMBOLS.length]!, 48)() ?? '',
      };
    }),
    xTicks: years.map((year) => ({ x: round(x(year)), y: bottom + 17, text: String(year), anchor: 'middle' })),
    yTicks: y.ticks(4).map((tick) => ({
      y: round(y(tick)),
      label: { x: left - 6, y: round(y(tick)) + 4, text: format(tick), anchor: 'end' },
    })),
    left,
    right,
    top,
    bottom,
  };
}

/** The marker shape of the nth line, for the legend drawn beside the chart. */
export const markerPath = (index: number, size = 48) => symbol(SYMBOLS[index % SYMBOLS.length]!, size)() ?? '';
