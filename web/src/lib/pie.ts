// SVG path data for the slices of a small pie centred on (0, 0): a map cluster that mixes event
// types shows each type's share of its events.

export interface Slice { key: string; count: number; d: string }

/** Slices clockwise from 12 o'clock, in the order given; zero counts are left out. */
export function pieSlices(counts: ReadonlyArray<readonly [string, number]>, r: number): Slice[] {
  const kept = counts.filter(([, n]) => n > 0);
  const total = kept.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return [];
  const at = (a: number) => `${(r * Math.sin(a)).toFixed(2)} ${(-r * Math.cos(a)).toFixed(2)}`;
  let start = 0;
  return kept.map(([key, count]) => {
    const sweep = (2 * Math.PI * count) / total;
    const end = start + sweep;
    // A whole circle cannot be one arc: draw it as two half arcs.
    const d = count === total
      ? `M 0 ${-r} A ${r} ${r} 0 1 1 0 ${r} A ${r} ${r} 0 1 1 0 ${-r} Z`
      : `M 0 0 L ${at(start)} A ${r} ${r} 0 ${sweep > Math.PI ? 1 : 0} 1 ${at(end)} Z`;
    start = end;
    return { key, count, d };
  });
}
