// The offline basemap: Natural Earth country outlines (1:50m, from the world-atlas package),
// projected once into the map's world square and loaded as a separate chunk on first use.
import { feature } from 'topojson-client';
import { geoPath } from 'd3-geo';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { projection } from '../../lib/viewport.ts';

export interface Country { id: string; name: string; d: string; cx: number; cy: number; area: number }

let loading: Promise<Country[]> | null = null;

export function loadCountries(): Promise<Country[]> {
  loading ??= import('world-atlas/countries-50m.json').then((m) => toCountries(m.default as unknown as Topology));
  return loading;
}

function toCountries(topo: Topology): Country[] {
  const path = geoPath(projection);
  const countries = feature(topo, topo.objects.countries as GeometryCollection<{ name: string }>);
  return countries.features.map((f) => {
    const [cx, cy] = path.centroid(f);
    return { id: String(f.id ?? ''), name: f.properties?.name ?? '', d: path(f) ?? '', cx, cy, area: path.area(f) };
  });
}
