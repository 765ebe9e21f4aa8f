// The Map's side panel: the events of the clicked marker (then one event in full), and the events
// that pass the filters but have no coordinates, which the map cannot show.
import type { EventRow } from '../../api.ts';
import { EVENT_COLOURS, colourOf } from '../../lib/palette.ts';
import { EventDetail } from './EventDetail.tsx';
import { actorLabel } from './actor-label.ts';

interface Props {
  selection: EventRow[] | null;
  detail: EventRow | null;
  ungeocoded: EventRow[];
  names: ReadonlyMap<string, string>;
  onOpen: (e: EventRow) => void;
  onBack: () => void;
}

const byDate = (a: EventRow, b: EventRow) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id - b.id;

function EventList({ events, names, onOpen, testId }: { events: EventRow[]; names: ReadonlyMap<string, string>; onOpen: (e: EventRow) => void; testId: string }) {
  return (
    <ul className="map-event-list" data-testid={testId}>
      {[...events].sort(byDate).map((e) => (
        <li key={e.id}>
          <button type="button" className="map-event-item" onClick={() => onOpen(e)} data-testid="map-event-item">
            <i className="swatch" style={{ background: colourOf(EVENT_COLOURS, e.event_type) }} />
            <strong>{e.sub_event_type || e.event_type}</strong>
            <span className="muted"> · {e.date ?? 'undated'}{e.location_name ? ` · ${e.location_name}` : ''}</span>
            <br />
            <span className="small">{e.actors.map((k) => actorLabel(names, k)).join(', ') || 'no actor named'}
              {e.targets.length > 0 && <> → {e.targets.map((k) => actorLabel(names, k)).join(', ')}</>}
              {e.fatalities != null && <span className="muted"> · {e.fatalities} killed</span>}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function placesOf(events: EventRow[]): string {
  const places = [...new Set(events.map((e) => e.location_name).filter((p): p is string => !!p))];
  return places.length > 3 ? `${places.slice(0, 3).join(', ')} and ${places.length - 3} more` : places.join(', ');
}

export function EventPanel({ selection, detail, ungeocoded, names, onOpen, onBack }: Props) {
  return (
    <aside className="side map-panel" aria-label="Events">
      {detail ? (
        <EventDetail event={detail} names={names} onBack={selection && selection.length > 1 ? onBack : undefined} />
      ) : selection ? (
        <section>
          <h3>{selection.length} event{selection.length === 1 ? '' : 's'}{placesOf(selection) && <> at {placesOf(selection)}</>}</h3>
          <EventList events={selection} names={names} onOpen={onOpen} testId="map-selection" />
        </section>
      ) : (
        <p className="muted">Click a marker to list its events; click an event to read it in full.</p>
      )}
      {ungeocoded.length > 0 && (
        <details className="map-ungeocoded" open={!selection && !detail}>
          <summary>Not geocoded ({ungeocoded.length})</summary>
          <p className="muted small">These events pass the filters but have no coordinates, so they are not on the map.</p>
          <EventList events={ungeocoded} names={names} onOpen={onOpen} testId="map-ungeocoded" />
        </details>
      )}
    </aside>
  );
}
