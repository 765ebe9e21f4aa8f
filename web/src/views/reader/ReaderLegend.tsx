// The Reader's legend: one toggle per annotation layer, drawn in the same style as in the text,
// with how many of each the document has.
import type { Layer } from '../../lib/annotations.ts';

const LABELS: Record<Layer, string> = { actor: 'actors', place: 'places', date: 'dates', relation: 'relation evidence', event: 'event evidence' };
const ORDER: Layer[] = ['actor', 'place', 'date', 'relation', 'event'];

interface Props { visible: Set<Layer>; counts: Record<Layer, number>; onToggle: (layer: Layer) => void }

export function ReaderLegend({ visible, counts, onToggle }: Props) {
  return (
    <div className="reader-legend">
      {ORDER.map((l) => (
        <label key={l} className={visible.has(l) ? '' : 'off'}>
          <input type="checkbox" checked={visible.has(l)} onChange={() => onToggle(l)} />
          <span className={`hl hl-${l} sample`} style={{ ['--c' as string]: '#6d597a' }}>{LABELS[l]}</span>
          <span className="muted"> {counts[l]}</span>
        </label>
      ))}
      <span className="legend-note"><span className="sec sec-boilerplate sample">boilerplate</span> <span className="sec sec-comment sample">comments</span> shaded: not reporting</span>
    </div>
  );
}
