// The map's key: the colour of each event type shown, and how a mixed cluster is drawn.
import { EVENT_COLOURS, colourOf } from '../../lib/palette.ts';

export function Legend({ types }: { types: string[] }) {
  if (types.length === 0) return null;
  return (
    <div className="map-legend legend" aria-label="Legend">
      {types.map((t) => (
        <span key={t}><i className="swatch" style={{ background: colourOf(EVENT_COLOURS, t) }} />{t}</span>
      ))}
      <span className="muted">pie: mixed types · number: events in the cluster</span>
    </div>
  );
}
