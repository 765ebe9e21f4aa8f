// One event in full, as the Map's side panel shows it: what, when, where, who, the sentence it was
// read from and a link to the article. All text is rendered as text.
import type { EventRow } from '../../api.ts';
import { href } from '../../route.ts';
import { EVENT_COLOURS, colourOf } from '../../lib/palette.ts';
import { actorLabel } from './actor-label.ts';

const place = (e: EventRow) => [e.location_name, e.admin1 && e.admin1 !== e.location_name ? e.admin1 : null, e.country].filter(Boolean).join(', ');

function ActorLinks({ keys, names }: { keys: string[]; names: ReadonlyMap<string, string> }) {
  if (keys.length === 0) return <span className="muted">none named</span>;
  return <>{keys.map((k, i) => <span key={k}>{i > 0 && ', '}<a href={href('actor', k)}>{actorLabel(names, k)}</a></span>)}</>;
}

export function EventDetail({ event: e, names, onBack }: { event: EventRow; names: ReadonlyMap<string, string>; onBack?: () => void }) {
  return (
    <article className="map-event-detail" data-testid="event-detail">
      {onBack && <button type="button" className="link" onClick={onBack}>← all events here</button>}
      <h3><i className="swatch" style={{ background: colourOf(EVENT_COLOURS, e.event_type) }} />{e.event_type}</h3>
      <table>
        <tbody>
          <tr><th>Sub-type</th><td>{e.sub_event_type || <span className="muted">—</span>}</td></tr>
          <tr><th>Date</th><td>{e.date ?? <span className="muted">undated</span>}{e.date_precision && e.date_precision !== 'day' && <span className="muted"> ({e.date_precision})</span>}</td></tr>
          <tr><th>Place</th><td>{place(e) || <span className="muted">unknown</span>}{e.lat == null && <span className="muted"> (not geocoded)</span>}</td></tr>
          <tr><th>Actors</th><td><ActorLinks keys={e.actors} names={names} /></td></tr>
          <tr><th>Targets</th><td><ActorLinks keys={e.targets} names={names} /></td></tr>
          <tr><th>Fatalities</th><td>{e.fatalities ?? <span className="muted">not reported</span>}</td></tr>
        </tbody>
      </table>
      <blockquote className="evidence">{e.evidence_text}</blockquote>
      <p className="muted small">Rule <code>{e.rule}</code></p>
      <p><a href={href('reader', e.document_id)}>Read the article{e.title ? `: ${e.title}` : ''}</a></p>
    </article>
  );
}
