// The Timeline: the events and relation claims of an actor, of a selection of actors (keys joined
// by commas in the address: #/timeline/a,b) or of the whole corpus on one time axis, with the
// evidence of any mark a click away and the same items listed below in date order.
import { useEffect, useMemo, useState } from 'react';
import { api, type EventRow } from '../api.ts';
import { href } from '../route.ts';
import { fetchRelations, type RelationRow } from '../lib/relations-api.ts';
import { describe, timelineItems } from '../lib/timeline-items.ts';
import { familyOf } from '../lib/palette.ts';
import { ActorPicker } from './reader/ActorPicker.tsx';
import { TimelineChart } from './reader/TimelineChart.tsx';
import { TimelineDetail } from './reader/TimelineDetail.tsx';
import { TimelineLegend } from './reader/TimelineLegend.tsx';

interface Data { events: EventRow[]; relations: RelationRow[]; published: Map<number, string | null>; names: Map<string, string> }

export function TimelineView({ actor }: { actor: string | null }) {
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setData(null); setError(null); setSelected(null);
    const selection: Array<string | null> = actor ? actor.split(',') : [null];
    Promise.all([
      Promise.all(selection.map((a) => api.events(a ? { actor: a } : {}))), Promise.all(selection.map((a) => fetchRelations({ actor: a, limit: 500 }))), api.documents(),
      // Names only label the marks: without the graph, keys are shown instead.
      api.graph({ evidence: 0 }).catch(() => ({ nodes: [] as Array<{ key: string; name: string }> })),
    ]).then(([events, relations, docs, graph]) => live && setData({
      events: uniqueBy(events.flat()), relations: uniqueBy(relations.flat()),
      published: new Map(docs.map((d) => [d.id, d.published])), names: new Map(graph.nodes.map((n) => [n.key, n.name])),
    }), (e: Error) => live && setError(e.message));
    return () => { live = false; };
  }, [actor]);
  const built = useMemo(() => (data ? timelineItems(data.events, data.relations, data.published) : null), [data]);
  const nameOf = (key: string) => data?.names.get(key) ?? key;
  const selection = actor ? actor.split(',') : [];
  const current = built?.items.find((i) => i.key === selected) ?? null;

  return (
    <div className="split">
      <div className="page timeline-page">
        <div className="toolbar">
          <h2>Timeline</h2>
          {selection.length > 1
            ? <span data-testid="timeline-selection">{selection.map((k) => <span key={k} className="chip">{nameOf(k)} <a href={href('timeline', selection.filter((o) => o !== k).join(','))} title="remove">×</a></span>)}</span>
            : <ActorPicker current={actor} currentName={actor ? nameOf(actor) : null} onPick={(k) => { location.hash = href('timeline', k); }} />}
          {selection.length > 0 && <ActorPicker current={null} currentName={null} addLabel="compare with" onPick={(k) => { if (k && !selection.includes(k)) location.hash = href('timeline', [...selection, k].join(',')); }} />}
          {selection.length === 1 && <span className="small"><a href={href('actor', actor)}>profile</a> · <a href={href('network', actor)}>network</a> · <a href={href('map', actor)}>map</a></span>}
        </div>
        {error && <p className="error">{error}</p>}
        {!built && !error && <p className="muted">Loading…</p>}
        {built && <>
          <TimelineLegend eventTypes={[...new Set(data!.events.map((e) => e.event_type))].sort()} families={[...new Set(data!.relations.map((r) => familyOf(r.type)))].sort()} />
          <TimelineChart items={built.items} selected={selected} onSelect={(i) => setSelected(i.key)} nameOf={nameOf} />
          {built.undated > 0 && <p className="muted small">{built.undated} items without any date (not even their article’s) are left out.</p>}
          <table className="dense tl-list">
            <thead><tr><th>date</th><th></th><th>what</th><th>certainty / place</th><th>article</th></tr></thead>
            <tbody>{built.items.map((i) => (
              <tr key={i.key} className={i.key === selected ? 'selected' : ''} onClick={() => setSelected(i.key)}>
                <td className="nowrap">{i.date}{i.approx && <span className="muted" title="article date: the event itself is undated"> *</span>}</td>
                <td><i className={`swatch${i.kind === 'relation' ? ' diamond' : ''}`} style={{ background: i.colour }} /></td>
                <td>{i.kind === 'relation' && i.relation.negated && <strong className="not">NOT</strong>} {describe(i, nameOf).replace(/ NOT /, ' ')}</td>
                <td className="muted">{i.kind === 'event' ? i.event.location_name ?? '' : `${i.relation.certainty}${i.relation.attributed_to ? ` (${i.relation.attributed_to})` : ''}`}</td>
                <td><a href={href('reader', i.document_id)} onClick={(e) => e.stopPropagation()}>{i.title || `#${i.document_id}`}</a></td>
              </tr>))}</tbody>
          </table>
        </>}
      </div>
      <TimelineDetail item={current} nameOf={nameOf} />
    </div>
  );
}

/** Rows fetched once per selected actor, each kept once. */
function uniqueBy<T extends { id: number }>(rows: T[]): T[] {
  return [...new Map(rows.map((r) => [r.id, r])).values()];
}
