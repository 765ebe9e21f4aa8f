// The map's pan and zoom as plain numbers: a Web Mercator "world" square of WORLD units, shown on
// screen as screen = world * k + (x, y). Fitting, zooming about a point and clamping are pure functions.
import { geoMercator } from 'd3-geo';

export interface Transform { k: number; x: number; y: number }
export interface Size { width: number; height: number }
export type Bounds = [[number, number], [number, number]];

export const WORLD = 1024;
export const MIN_K = 0.5;
export const MAX_K = 400;
/** When the events are one place, fitting stops at this zoom (about a province in view). */
export const FIT_MAX_K = 48;
/** The Middle East and Africa, shown when there is nothing to fit ([west, south], [east, north]). */
export const FALLBACK_LONLAT: Bounds = [[-20, -36], [75, 44]];

export const projection = geoMercator().scale(WORLD / (2 * Math.PI)).translate([WORLD / 2, WORLD / 2]);

/** Projected world coordinates of a longitude/latitude, or null if it cannot be projected. */
export function project(lon: number, lat: number): [number, number] | null {
  const p = projection([lon, lat]);
  return p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? p : null;
}

/** World bounds of a set of lon/lat points, or of the fallback region when there are none. */
export function worldBounds(points: ReadonlyArray<readonly [number, number]>): Bounds {
  const projected = points.map(([lon, lat]) => project(lon, lat)).filter((p): p is [number, number] => p != null);
  if (projected.length === 0) {
    const [[w, s], [e, n]] = FALLBACK_LONLAT;
    return worldBounds([[w, s], [e, n]]);
  }
  const xs = projected.map((p) => p[0]);
  const ys = projected.map((p) => p[1]);
  return [[Math.min(...xs), Math.min(...ys)], [Math.max(...xs), Math.max(...ys)]];
}

export const clampK = (k: number): number => Math.min(MAX_K, Math.max(MIN_K, k));

/** The transform that shows `bounds` centred in `size` with `pad` pixels around, no closer than FIT_MAX_K. */
export function fitBounds(bounds: Bounds, size: Size, pad = 40): Transform {
  const [[x0, y0], [x1, y1]] = bounds;
  const w = Math.max(1, size.width - 2 * pad);
  const h = Math.max(1, size.height - 2 * pad);
  const k = clampK(Math.min(FIT_MAX_K, w / Math.max(x1 - x0, 1e-9), h / Math.max(y1 - y0, 1e-9)));
  return { k, x: size.width / 2 - k * (x0 + x1) / 2, y: size.height / 2 - k * (y0 + y1) / 2 };
}

/** Zooms by `factor` keeping the screen point (cx, cy) over the same place. */
export function zoomAbout(t: Transform, factor: number, cx: number, cy: number): Transform {
  const k = clampK(t.k * factor);
  const f = k / t.k;
  return { k, x: cx - (cx - t.x) * f, y: cy - (cy - t.y) * f };
}

export const panBy = (t: Transform, dx: number, dy: number): Transform => ({ k: t.k, x: t.x + dx, y: t.y + dy });
