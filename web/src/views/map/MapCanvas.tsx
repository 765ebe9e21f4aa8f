// The map itself: basemap, clustered event markers, zoom buttons and legend in an svg that pans
// and zooms. It fits the given events whenever `fitKey` changes (on load, after filtering if asked).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { EventRow } from '../../api.ts';
import { clusterPoints } from '../../lib/cluster.ts';
import { fitBounds, project, worldBounds, zoomAbout, type Size, type Transform } from '../../lib/viewport.ts';
import { Basemap } from './Basemap.tsx';
import { Markers, markerRadius, type PlacedCluster } from './Markers.tsx';
import { Legend } from './Legend.tsx';
import { usePanZoom } from './use-pan-zoom.ts';

const CELL = 44; // px: markers closer than about this share a cluster

interface Props {
  events: EventRow[]; // geocoded events passing the filters
  types: string[];
  fitKey: number;
  selected: ReadonlySet<number>;
  onPick: (events: EventRow[]) => void;
  onClear: () => void;
}

const lonLat = (events: readonly EventRow[]) => events.flatMap((e) => (e.lon != null && e.lat != null ? [[e.lon, e.lat] as const] : []));

export function MapCanvas({ events, types, fitKey, selected, onPick, onClear }: Props) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [size, setSize] = useState<Size | null>(null);
  const [t, setT] = useState<Transform>({ k: 1, x: 0, y: 0 });
  const dragged = usePanZoom(svgRef, setT);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const observer = new ResizeObserver(([entry]) => entry && setSize({ width: entry.contentRect.width, height: entry.contentRect.height }));
    observer.observe(svg);
    return () => observer.disconnect();
  }, []);

  const eventsRef = useRef(events);
  eventsRef.current = events;
  const fit = () => size && setT(fitBounds(worldBounds(lonLat(eventsRef.current)), size));
  const fitted = useRef<number | null>(null);
  useEffect(() => {
    if (!size || fitted.current === fitKey) return;
    fitted.current = fitKey;
    fit();
  });

  // Clustered in zoomed world pixels (without the pan), so that panning never regroups the markers.
  const clusters = useMemo(() => clusterPoints(events.flatMap((e) => {
    const p = e.lon != null && e.lat != null ? project(e.lon, e.lat) : null;
    return p ? [{ x: p[0] * t.k, y: p[1] * t.k, item: e }] : [];
  }), CELL), [events, t.k]);

  const visible: PlacedCluster[] = size == null ? [] : clusters
    .map((c) => ({ key: c.key, x: c.x + t.x, y: c.y + t.y, items: c.items }))
    .filter((c) => c.x > -40 && c.y > -40 && c.x < size.width + 40 && c.y < size.height + 40)
    .sort((a, b) => markerRadius(b.items.length) - markerRadius(a.items.length)); // small ones drawn last, on top

  const zoom = (factor: number) => size && setT((old) => zoomAbout(old, factor, size.width / 2, size.height / 2));

  return (
    <div className="map-stage">
      <svg ref={svgRef} className="map-svg" data-testid="map" role="application" aria-label="Map of events"
        onClick={(e) => { if (!dragged.current && !(e.target as Element).closest('.map-marker')) onClear(); }}>
        {size && <Basemap t={t} size={size} />}
        <Markers clusters={visible} selected={selected} onPick={(items) => { if (!dragged.current) onPick(items); }} />
      </svg>
      <div className="map-zoom">
        <button type="button" onClick={() => zoom(2)} title="Zoom in" aria-label="Zoom in">+</button>
        <button type="button" onClick={() => zoom(0.5)} title="Zoom out" aria-label="Zoom out">−</button>
        <button type="button" onClick={fit} title="Fit the shown events" aria-label="Fit the shown events">⤢</button>
      </div>
      <Legend types={types} />
      <div className="map-attribution">Boundaries: Natural Earth · drag to pan, wheel or double-click to zoom</div>
    </div>
  );
}
