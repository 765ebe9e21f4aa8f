// The Map's filter column: a date window, an actor field (key or name) and a checkbox per event
// type with its count, plus how many of the loaded events the filters keep.
import type { EventFilter } from '../../lib/event-filter.ts';
import { EVENT_COLOURS, colourOf } from '../../lib/palette.ts';

interface Props {
  filter: EventFilter;
  onChange: (f: EventFilter) => void;
  types: Array<{ type: string; count: number }>;
  range: { min: string; max: string } | null;
  actors: Array<{ key: string; name: string }>;
  stats: { loaded: number; shown: number; mapped: number; truncated: boolean };
}

export function MapFilters({ filter, onChange, types, range, actors, stats }: Props) {
  const set = (patch: Partial<EventFilter>) => onChange({ ...filter, ...patch });
  const toggle = (type: string, on: boolean) =>
    set({ hidden: on ? filter.hidden.filter((t) => t !== type) : [...filter.hidden, type] });
  return (
    <aside className="side left filters map-filters" aria-label="Map filters">
      <h3>Events</h3>
      <p className="muted" data-testid="map-stats">
        {stats.shown} of {stats.loaded} events shown, {stats.mapped} on the map
        {stats.shown > stats.mapped && <>, {stats.shown - stats.mapped} not geocoded</>}.
        {stats.truncated && <> Only the first {stats.loaded} events were loaded.</>}
      </p>
      <fieldset>
        <legend>Time</legend>
        <label>From <input type="date" value={filter.from} min={range?.min} max={range?.max} onChange={(e) => set({ from: e.target.value })} data-testid="map-filter-from" /></label>
        <label>To <input type="date" value={filter.to} min={range?.min} max={range?.max} onChange={(e) => set({ to: e.target.value })} data-testid="map-filter-to" /></label>
        <p className="muted small">
          {range ? <>Dated events run from {range.min} to {range.max}.</> : <>No event is dated.</>}
          {(filter.from || filter.to) && <> Undated events are hidden while a date is set. <button type="button" className="link" onClick={() => set({ from: '', to: '' })}>All dates</button></>}
        </p>
      </fieldset>
      <fieldset>
        <legend>Actor</legend>
        <label>
          <input type="search" value={filter.actor} placeholder="name or key, e.g. islamic state" list="map-actors" onChange={(e) => set({ actor: e.target.value })} data-testid="map-filter-actor" />
        </label>
        <datalist id="map-actors">
          {actors.map((a) => <option key={a.key} value={a.name}>{a.key}</option>)}
        </datalist>
        <p className="muted small">Matches actors and targets of the events.</p>
      </fieldset>
      <fieldset>
        <legend>Event type</legend>
        {types.map(({ type, count }) => (
          <label key={type}>
            <input type="checkbox" checked={!filter.hidden.includes(type)} onChange={(e) => toggle(type, e.target.checked)} data-testid={`map-filter-type-${type}`} />
            <i className="swatch" style={{ background: colourOf(EVENT_COLOURS, type) }} />
            {type} <span className="muted">({count})</span>
          </label>
        ))}
      </fieldset>
    </aside>
  );
}
