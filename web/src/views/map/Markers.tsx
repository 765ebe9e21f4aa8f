// The event markers: one per cluster, a disc in the event type's colour (a pie when the cluster
// mixes types), sized by the number of events and labelled with it when more than one.
import type { EventRow } from '../../api.ts';
import { EVENT_COLOURS, colourOf } from '../../lib/palette.ts';
import { pieSlices } from '../../lib/pie.ts';

export interface PlacedCluster { key: string; x: number; y: number; items: EventRow[] }

export const markerRadius = (n: number): number => Math.min(26, 7 + 3.2 * Math.sqrt(n - 1));

function typeCounts(items: readonly EventRow[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const e of items) counts.set(e.event_type, (counts.get(e.event_type) ?? 0) + 1);
  const order = Object.keys(EVENT_COLOURS);
  const rank = (t: string) => (order.includes(t) ? order.indexOf(t) : order.length);
  return [...counts].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]));
}

function describe(items: readonly EventRow[], counts: Array<[string, number]>): string {
  const places = [...new Set(items.map((e) => e.location_name).filter(Boolean))].slice(0, 4).join(', ');
  return `${items.length} event${items.length === 1 ? '' : 's'}${places ? ` at ${places}` : ''}\n${counts.map(([t, n]) => `${t}: ${n}`).join('\n')}`;
}

/** The place name beside each cluster that is all one place; kept out of the marker so it does not widen its hit box. */
function PlaceLabels({ clusters }: { clusters: PlacedCluster[] }) {
  return (
    <g className="map-place-labels">
      {clusters.map((c) => {
        const places = [...new Set(c.items.map((e) => e.location_name).filter(Boolean))];
        return places.length === 1 && <text key={c.key} className="map-marker-place" x={c.x + markerRadius(c.items.length) + 4} y={c.y} dy="0.35em">{places[0]}</text>;
      })}
    </g>
  );
}

interface Props { clusters: PlacedCluster[]; selected: ReadonlySet<number>; onPick: (events: EventRow[]) => void }

export function Markers({ clusters, selected, onPick }: Props) {
  return (
    <g className="map-markers">
      <PlaceLabels clusters={clusters} />
      {clusters.map((c) => {
        const n = c.items.length;
        const r = markerRadius(n);
        const counts = typeCounts(c.items);
        const single = counts.length === 1 ? counts[0]![0] : undefined;
        const isSelected = c.items.some((e) => selected.has(e.id));
        return (
          <g key={c.key} data-testid="map-marker" data-count={n} data-type={single}
            className={`map-marker${isSelected ? ' selected' : ''}`} transform={`translate(${c.x.toFixed(1)} ${c.y.toFixed(1)})`}
            role="button" tabIndex={0} aria-label={describe(c.items, counts).replace(/\n/g, '; ')}
            onClick={() => onPick(c.items)} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onPick(c.items); } }}>
            <title>{describe(c.items, counts)}</title>
            {single
              ? <circle r={r} fill={colourOf(EVENT_COLOURS, single)} />
              : pieSlices(counts, r).map((s) => <path key={s.key} d={s.d} fill={colourOf(EVENT_COLOURS, s.key)} />)}
            <circle r={r} className="map-marker-ring" />
            {n > 1 && <text className="map-marker-count" dy="0.35em">{n}</text>}
          </g>
        );
      })}
    </g>
  );
}
