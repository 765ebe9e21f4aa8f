// Groups map markers that would overlap at the current zoom: points (already projected and scaled
// to screen pixels) fall into square grid cells, and neighbouring groups whose centres are too close merge.

export interface ScreenPoint<T> { x: number; y: number; item: T }
export interface Cluster<T> { key: string; x: number; y: number; items: T[] }

interface Cell<T> { key: string; gx: number; gy: number; sx: number; sy: number; items: T[] }

const centre = <T>(c: Cell<T>) => ({ x: c.sx / c.items.length, y: c.sy / c.items.length });

/**
 * Clusters points on a grid of `cell`-pixel squares. A cluster sits at the mean of its points.
 * Two clusters in neighbouring cells whose centres are closer than half a cell merge (the larger
 * absorbs the smaller), so that points either side of a cell border do not draw two overlapping
 * markers. Points with a non-finite coordinate are dropped. Output order: largest first, then by key.
 * Pass coordinates without the pan offset, so that panning never reshuffles the clusters.
 */
export function clusterPoints<T>(points: readonly ScreenPoint<T>[], cell: number): Cluster<T>[] {
  if (!(cell > 0) || !Number.isFinite(cell)) throw new RangeError(`cluster: cell must be a positive number, got ${cell}`);
  const cells = new Map<string, Cell<T>>();
  for (const p of points) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    const gx = Math.floor(p.x / cell);
    const gy = Math.floor(p.y / cell);
    const key = `${gx}:${gy}`;
    const c = cells.get(key) ?? { key, gx, gy, sx: 0, sy: 0, items: [] };
    c.sx += p.x; c.sy += p.y; c.items.push(p.item);
    cells.set(key, c);
  }

  const bySize = [...cells.values()].sort((a, b) => b.items.length - a.items.length || a.key.localeCompare(b.key));
  const merged = new Set<string>();
  for (const c of bySize) {
    if (merged.has(c.key)) continue;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const other = cells.get(`${c.gx + dx}:${c.gy + dy}`);
        if (!other || other === c || merged.has(other.key)) continue;
        const a = centre(c);
        const b = centre(other);
        if (Math.hypot(a.x - b.x, a.y - b.y) >= cell / 2) continue;
        c.sx += other.sx; c.sy += other.sy; c.items.push(...other.items);
        merged.add(other.key);
      }
    }
  }

  return bySize
    .filter((c) => !merged.has(c.key))
    .sort((a, b) => b.items.length - a.items.length || a.key.localeCompare(b.key))
    .map((c) => ({ key: c.key, ...centre(c), items: c.items }));
}
