import { groups as groupBy, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';

/**
 * Layout of the missions timeline: pure numbers, so the component only draws. Each bar's place is a
 * share of the years shown, in thousandths (the width of each row's bar drawing), so the same layout
 * serves every screen width: the labels are HTML text and keep their size, only the bars stretch.
 */
export interface TimelineInput {
  id: string;
  group: string;
  start: string; // "YYYY" or "YYYY-MM"
  end: string; // "" while ongoing
}

export interface TimelineBar extends TimelineInput {
  /** Start and length in thousandths of the years shown. */
  x: number;
  width: number;
  ongoing: boolean;
}

export interface TimelineLayout {
  /** Largest group first (ties by name), each group's bars oldest first. */
  groups: { name: string; bars: TimelineBar[] }[];
  /** Every decade from the first mission's to the one after today, in thousandths like the bars. */
  ticks: { year: number; x: number }[];
}

/** The bars' drawing is this many units wide. */
export const TIMELINE_UNITS = 1000;

/**
 * The shortest bar, in thousandths: a mission of a few weeks still shows as a mark about 4 px wide on
 * a 320 px phone, where the bars get about 160 px. Its years are written beside it.
 */
const MIN_WIDTH = 25;

/** "1991-04" → 1991.25: a year as a number, months as fractions. */
export const yearValue = (date: string) =>
  Number(date.slice(0, 4)) + (date.length > 4 ? (Number(date.slice(5, 7)) - 1) / 12 : 0);

export function layoutTimeline(
  items: TimelineInput[],
  now: number,
  collator = new Intl.Collator('en'),
): TimelineLayout {
  if (items.length === 0) return { groups: [], ticks: [] };
  const first = Math.floor(min(items, (i) => yearValue(i.start))! / 10) * 10;
  const last = Math.ceil(now / 10) * 10;
  const scale = scaleLinear().domain([first, last]).range([0, TIMELINE_UNITS]);
  const xOf = (year: number) => Math.round(scale(year) * 10) / 10;
  const byGroup = groupBy(items, (i) => i.group).sort(
    ([a, one], [b, other]) => other.length - one.length || collator.compare(a, b),
  );
  const groups = byGroup.map(([name, members]) => ({
    name,
    bars: members
      .slice()
      .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))
      .map((item): TimelineBar => {
        const from = yearValue(item.start);
        // A mission known only by its year spans that year; an ongoing one runs to today.
        const to = item.end ? yearValue(item.end) + (item.end.length === 4 ? 1 : 1 / 12) : now;
        const x = Math.min(xOf(from), TIMELINE_UNITS - MIN_WIDTH);
        return { ...item, x, width: Math.max(MIN_WIDTH, xOf(to) - x), ongoing: !item.end };
      }),
  }));
  const ticks = Array.from({ length: (last - first) / 10 + 1 }, (_, i) => ({
    year: first + i * 10,
    x: xOf(first + i * 10),
  }));
  return { groups, ticks };
}
