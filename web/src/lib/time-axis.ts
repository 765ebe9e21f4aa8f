// Pure helpers for the Timeline's horizontal time axis: partial dates ("2014", "2014-12",
// "2014-12-03") as time ranges, a linear scale, readable ticks, and stacking of marks that collide.

export interface TimeRange { start: number; end: number }

/** The range a partial ISO date covers, in UTC milliseconds; null when it is not a date. */
export function rangeOf(date: string | null | undefined): TimeRange | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date ?? '');
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) { const s = Date.UTC(y, Number(m[2]) - 1, Number(m[3])); return { start: s, end: s + 864e5 }; }
  if (m[2]) return { start: Date.UTC(y, Number(m[2]) - 1, 1), end: Date.UTC(y, Number(m[2]), 1) };
  return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) };
}

export const midOf = (r: TimeRange): number => (r.start + r.end) / 2;

/** Domain covering every range, padded by 3% each side (and at least a month when all coincide). */
export function domainOf(ranges: TimeRange[]): TimeRange | null {
  if (!ranges.length) return null;
  const lo = Math.min(...ranges.map((r) => r.start));
  const hi = Math.max(...ranges.map((r) => r.end));
  const pad = Math.max((hi - lo) * 0.03, 15 * 864e5);
  return { start: lo - pad, end: hi + pad };
}

export function scale(domain: TimeRange, x0: number, x1: number): (t: number) => number {
  const k = (x1 - x0) / Math.max(1, domain.end - domain.start);
  return (t) => x0 + (t - domain.start) * k;
}

export interface Tick { t: number; label: string; major: boolean }

/** Year ticks for long domains (thinned to about `max`), month ticks for short ones. */
export function ticksOf(domain: TimeRange, max = 12): Tick[] {
  const first = new Date(domain.start).getUTCFullYear();
  const last = new Date(domain.end).getUTCFullYear();
  const years = last - first + 1;
  if (years > 2) {
    const step = [1, 2, 5, 10, 20, 50].find((s) => years / s <= max) ?? 100;
    const out: Tick[] = [];
    for (let y = Math.ceil(first / step) * step; y <= last; y += step) out.push({ t: Date.UTC(y, 0, 1), label: String(y), major: true });
    return out.filter((k) => k.t >= domain.start && k.t <= domain.end);
  }
  const months = years * 12;
  const step = [1, 2, 3, 6].find((s) => months / s <= max * 1.5) ?? 12;
  const out: Tick[] = [];
  for (let y = first; y <= last; y++) for (let m = 0; m < 12; m += step) {
    const t = Date.UTC(y, m, 1);
    if (t >= domain.start && t <= domain.end) out.push({ t, label: m === 0 ? String(y) : new Date(t).toLocaleString('en', { month: 'short', timeZone: 'UTC' }), major: m === 0 });
  }
  return out;
}

/** Row for each mark (given its x, in input order) so that marks in one row are at least `gap` apart. */
export function stack(xs: number[], gap: number): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const rowEnds: number[] = [];
  const rows = new Array<number>(xs.length).fill(0);
  for (const { x, i } of order) {
    let row = rowEnds.findIndex((end) => x - end >= gap);
    if (row < 0) { row = rowEnds.length; rowEnds.push(x); } else rowEnds[row] = x;
    rows[i] = row;
  }
  return rows;
}
