/** Layout of the missions timeline: pure numbers, so the SVG component only draws. */
export interface TimelineInput {
  id: string;
  label: string;
  group: string;
  start: string; // "YYYY" or "YYYY-MM"
  end: string; // "" while ongoing
}

export interface TimelineBar extends TimelineInput {
  x: number;
  y: number;
  width: number;
  ongoing: boolean;
}

export interface TimelineLayout {
  width: number;
  height: number;
  groups: { name: string; y: number }[];
  bars: TimelineBar[];
  ticks: { year: number; x: number }[];
}

/** "1991-04" → 1991.25: a year as a number, months as fractions. */
export const yearValue = (date: string) =>
  Number(date.slice(0, 4)) + (date.length > 4 ? (Number(date.slice(5, 7)) - 1) / 12 : 0);

export function layoutTimeline(
  items: TimelineInput[],
  now: number,
  options = { width: 960, labelWidth: 150, row: 18, groupGap: 26 },
): TimelineLayout {
  if (items.length === 0) return { width: options.width, height: 40, groups: [], bars: [], ticks: [] };
  const first = Math.floor(Math.min(...items.map((i) => yearValue(i.start))) / 10) * 10;
  const last = Math.ceil(now / 10) * 10;
  const plot = options.width - options.labelWidth - 24; // room for the last year label
  const xOf = (year: number) => options.labelWidth + ((year - first) / (last - first)) * plot;
  const groups: TimelineLayout['groups'] = [];
  const bars: TimelineBar[] = [];
  let y = 30;
  for (const name of [...new Set(items.map((i) => i.group))]) {
    groups.push({ name, y });
    y += options.groupGap - options.row;
    for (const item of items.filter((i) => i.group === name)) {
      y += options.row;
      const from = yearValue(item.start);
      // A mission known only by its year spans that year; an ongoing one runs to today.
      const to = item.end ? yearValue(item.end) + (item.end.length === 4 ? 1 : 1 / 12) : now;
      bars.push({ ...item, x: xOf(from), y, width: Math.max(3, xOf(to) - xOf(from)), ongoing: !item.end });
    }
    y += options.groupGap;
  }
  const ticks = Array.from({ length: (last - first) / 10 + 1 }, (_, i) => ({
    year: first + i * 10,
    x: xOf(first + i * 10),
  }));
  return { width: options.width, height: y + 10, groups, bars, ticks };
}
