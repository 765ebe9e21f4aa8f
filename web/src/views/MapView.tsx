// The Map view: where the events happened, on an offline Natural Earth basemap, clustered and
// coloured by type, filtered by time, actor and type; a marker opens its events in the side panel.
import { useEffect, useMemo, useState } from 'react';
import { api, type EventRow } from '../api.ts';
import { EVENT_COLOURS } from '../lib/palette.ts';
import { NO_FILTER, dateRange, matches, typesOf, type EventFilter } from '../lib/event-filter.ts';
import { MapFilters } from './map/MapFilters.tsx';
import { MapCanvas } from './map/MapCanvas.tsx';
import { EventPanel } from './map/EventPanel.tsx';
import { actorLabel } from './map/actor-label.ts';

const LIMIT = 500; // the API's page limit

export function MapView({ actor }: { actor: string | null }) {
  const [events, setEvents] = useState<EventRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [filter, setFilter] = useState<EventFilter>({ ...NO_FILTER, actor: actor ?? '' });
  const [fitKey, setFitKey] = useState(0);
  const [selection, setSelection] = useState<number[] | null>(null);
  const [detailId, setDetailId] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    api.events({ limit: LIMIT }).then((rows) => { if (live) { setEvents(rows); setFitKey((k) => k + 1); } }, (e: Error) => live && setError(e.message));
    // Names only make the panel and the actor field friendlier: the map works on keys without them.
    api.graph({ evidence: 0 }).then((g) => live && setNames(new Map(g.nodes.map((n) => [n.key, n.name]))), () => {});
    return () => { live = false; };
  }, []);

  useEffect(() => {
    setFilter((f) => ({ ...f, actor: actor ?? '' }));
    setFitKey((k) => k + 1);
  }, [actor]);

  const all = useMemo(() => events ?? [], [events]);
  const shown = useMemo(() => all.filter((e) => matches(e, filter, names)), [all, filter, names]);
  const mapped = useMemo(() => shown.filter((e) => e.lat != null && e.lon != null), [shown]);
  const ungeocoded = useMemo(() => shown.filter((e) => e.lat == null || e.lon == null), [shown]);
  const range = useMemo(() => dateRange(all), [all]);
  const types = useMemo(() => typesOf(all, Object.keys(EVENT_COLOURS)).map((type) => ({ type, count: all.filter((e) => e.event_type === type).length })), [all]);
  const present = types.filter((t) => t.count > 0).map((t) => t.type);
  const actors = useMemo(() => {
    const keys = [...new Set(all.flatMap((e) => [...e.actors, ...e.targets]))];
    return keys.map((key) => ({ key, name: actorLabel(names, key) })).sort((a, b) => a.name.localeCompare(b.name));
  }, [all, names]);

  const byId = useMemo(() => new Map(shown.map((e) => [e.id, e])), [shown]);
  const picked = selection?.map((id) => byId.get(id)).filter((e): e is EventRow => e != null) ?? [];
  const detail = detailId == null ? null : byId.get(detailId) ?? null;
  const selectedIds = useMemo(() => new Set(selection ?? []), [selection]);

  const pick = (items: EventRow[]) => {
    setSelection(items.map((e) => e.id));
    setDetailId(items.length === 1 ? items[0]!.id : null);
  };

  return (
    <div className="split map-view">
      <MapFilters filter={filter} onChange={setFilter} types={types} range={range} actors={actors}
        stats={{ loaded: all.length, shown: shown.length, mapped: mapped.length, truncated: all.length >= LIMIT }} />
      <div className="stage">
        <MapCanvas events={mapped} types={present} fitKey={fitKey} selected={selectedIds} onPick={pick}
          onClear={() => { setSelection(null); setDetailId(null); }} />
        {events == null && !error && <p className="map-status muted">Loading events…</p>}
        {error && <p className="map-status error">Could not load events: {error}</p>}
        {events != null && events.length === 0 && <p className="map-status muted">No events yet: ingest some articles first.</p>}
      </div>
      <EventPanel selection={picked.length ? picked : null} detail={detail} ungeocoded={ungeocoded} names={names}
        onOpen={(e) => setDetailId(e.id)} onBack={() => setDetailId(null)} />
    </div>
  );
}
