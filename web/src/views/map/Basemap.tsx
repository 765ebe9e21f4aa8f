// The map's background: country shapes drawn once in world units and moved by the transform,
// and the names of the countries big enough on screen to hold them.
import { useEffect, useMemo, useState } from 'react';
import { loadCountries, type Country } from './countries.ts';
import type { Size, Transform } from '../../lib/viewport.ts';

const LABEL_MIN_AREA = 3500; // px² on screen before a country gets its name written

export function Basemap({ t, size }: { t: Transform; size: Size }) {
  const [countries, setCountries] = useState<Country[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadCountries().then((c) => live && setCountries(c), (e: Error) => live && setError(e.message));
    return () => { live = false; };
  }, []);

  // The same element objects on every render, so that panning re-renders only the group's transform.
  const shapes = useMemo(() => (countries ?? []).map((c) => <path key={c.id + c.name} className="map-country" d={c.d} />), [countries]);

  const labels = (countries ?? []).flatMap((c) => {
    const x = c.cx * t.k + t.x;
    const y = c.cy * t.k + t.y;
    if (!c.name || c.area * t.k * t.k < LABEL_MIN_AREA || x < 40 || y < 12 || x > size.width - 40 || y > size.height - 12) return [];
    return [<text key={c.id + c.name} className="map-country-label" x={x} y={y}>{c.name}</text>];
  });

  return (
    <g className="map-basemap">
      <g transform={`translate(${t.x} ${t.y}) scale(${t.k})`}>{shapes}</g>
      <g>{labels}</g>
      {error && <text className="map-country-label" x={12} y={20}>Basemap unavailable: {error}</text>}
    </g>
  );
}
