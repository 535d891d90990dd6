/**
 * Markers that would cover each other on a map (several missions at one capital, neighbours a few
 * kilometres apart) are moved apart until none overlaps another, each as little as it can: a reader can
 * then see, point at and tap every one. Pure numbers in the map's own units, so it runs at build time and
 * is tested without a browser.
 */
export interface Placed {
  /** Where the marker is drawn. */
  x: number;
  y: number;
  /** Where the place it stands for lies (the start of its leader line when it had to move). */
  x0: number;
  y0: number;
}

/**
 * Places every point at least `distance` from every other. Points at the same spot leave it in a ring,
 * in the order given, so the layout is the same on every build. Each round pushes overlapping pairs apart
 * and, in the first half, pulls every point a little back towards its place; it stops once nothing
 * overlaps.
 */
export function spreadMarkers(points: [number, number][], distance: number, rounds = 400): Placed[] {
  // A little more than asked, so rounding the result to tenths cannot bring two markers too close.
  const apart = distance + 0.2;
  const placed = points.map(([x, y], i): Placed => {
    // Points sharing a spot start on a small ring around it rather than on top of one another.
    const twins = points.filter(([a, b], j) => j < i && a === x && b === y).length;
    const angle = (twins * 2 * Math.PI) / 6 - Math.PI / 2;
    const r = twins === 0 ? 0 : distance / 2;
    return { x: x + r * Math.cos(angle), y: y + r * Math.sin(angle), x0: x, y0: y };
  });
  for (let round = 0; round < rounds; round++) {
    let overlaps = 0;
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i]!;
        const b = placed[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= apart) continue;
        overlaps++;
        if (d < 1e-6) [dx, dy, d] = [Math.cos(i + j), Math.sin(i + j), 1];
        const push = (apart - d) / 2 + 0.01;
        a.x -= (dx / d) * push;
        a.y -= (dy / d) * push;
        b.x += (dx / d) * push;
        b.y += (dy / d) * push;
      }
    if (overlaps === 0) break;
    // A weak pull home keeps each cluster compact, near the places it stands for; in the later rounds
    // only the pushes act, so the markers settle apart.
    if (round < rounds / 2)
      for (const p of placed) {
        p.x += (p.x0 - p.x) * 0.02;
        p.y += (p.y0 - p.y) * 0.02;
      }
  }
  return placed.map((p) => ({
    x: Math.round(p.x * 10) / 10,
    y: Math.round(p.y * 10) / 10,
    x0: p.x0,
    y0: p.y0,
  }));
}
