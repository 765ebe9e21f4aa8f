// Great-circle distance between two points, in kilometres (haversine; Earth's mean radius).

export interface Point { lat: number | null; lon: number | null }

/** Distance in km, or Infinity when a point has no coordinates. */
export function kmBetween(a: Point, b: Point): number {
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null) return Infinity;
  const r = Math.PI / 180, dLat = (b.lat - a.lat) * r, dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}
