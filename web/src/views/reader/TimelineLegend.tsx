// The Timeline's key: event types and relation families in their palette colours, and what the
// hollow, dashed and struck-through marks mean.
import { EVENT_COLOURS, FAMILY_COLOURS } from '../../lib/palette.ts';

export function TimelineLegend({ eventTypes, families }: { eventTypes: string[]; families: string[] }) {
  return (
    <div className="legend small tl-legend">
      {eventTypes.map((t) => <span key={t}><i className="swatch" style={{ background: EVENT_COLOURS[t] ?? '#8a8a8a' }} />{t}</span>)}
      <span className="muted">○ article date only</span>
      <br />
      {families.map((f) => <span key={f}><i className="swatch diamond" style={{ background: FAMILY_COLOURS[f] ?? '#999' }} />{f}</span>)}
      <span className="muted">◇ dashed: hedged or attributed</span>
      <span className="muted"><b className="neg-mark">/</b> negated (“NOT”)</span>
      <span className="muted">bar: date known only to the month or year</span>
    </div>
  );
}
