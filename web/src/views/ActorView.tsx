// The Actor profile: who an actor is (names, kind, identity), whom it leads, belongs to, fights and
// works with — each merged relation with its support and evidence — and what it did, from which sources.
import { useEffect, useState } from 'react';
import { api, type ActorProfile } from '../api.ts';
import { href } from '../route.ts';
import { colourOf, EVENT_COLOURS, KIND_COLOURS } from '../lib/palette.ts';
import { EdgeTable } from './reader/EdgeTable.tsx';
import { ActorSearch } from './reader/ActorSearch.tsx';
import { ReviewActions } from './review/ReviewActions.tsx';

type Profile = ActorProfile;

const REVIEW_WORDS: Record<string, string> = { accept: 'accepted', edit: 'edited', promote: 'promoted', reject: 'judged not an actor', merge: 'merged' };

function Profile({ p, names, onReviewed }: { p: Profile; names: Map<string, string>; onReviewed: (problem?: string) => void }) {
  const nameOf = (k: string) => (k === p.key ? p.name : names.get(k) ?? k);
  const events = [...(p.events ?? [])].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  return (
    <div className="page actor-profile" data-testid="actor-profile">
      <a href={href('actor')} className="small">← all actors</a>
      <div className="profile-head">
        <span className="swatch big" style={{ background: colourOf(KIND_COLOURS, p.kind) }} />
        <h2 data-testid="actor-name">{p.name}</h2>
        <span className="chip">{p.kind}</span>
        {p.known_id ? <span className="chip" title="in the knowledge base">known: <code>{p.known_id}</code></span> : <span className="chip discovered">discovered</span>}
        {p.countries.length > 0 && <span className="chip">{p.countries.length > 1 ? 'countries' : 'country'}: {p.countries.join(', ')}</span>}
        {p.review && <span className="chip status-accepted">{REVIEW_WORDS[p.review] ?? p.review}</span>}
        {p.theatre && <span className="chip">theatre: {p.theatre}</span>}
        <span className="muted small">{p.documents} document{p.documents === 1 ? '' : 's'}</span>
        <span className="profile-links small">
          <a href={href('network', p.key)}>show in network</a> · <a href={href('timeline', p.key)}>timeline</a> · <a href={href('map', p.key)}>map</a>
        </span>
      </div>
      {p.merged_into && <p className="error">Merged into <a href={href('actor', p.merged_into)}>{nameOf(p.merged_into)}</a> by an analyst: its claims count there.</p>}
      {p.merged_from.length > 0 && <p className="muted small">Includes what was merged into it: {p.merged_from.map((k) => <a key={k} href={href('actor', k)}>{k} </a>)}</p>}
      <details className="profile-block" data-testid="actor-review">
        <summary>Review this actor (rename, merge, add an alias, judge)</summary>
        <ReviewActions item={{ subject: `actor:${p.key}`, kind: 'actor', status: p.review ? 'edited' : 'pending', label: p.name, reason: '', document_id: null, evidence: null,
          actor: { key: p.key, name: p.name, kind: p.kind, discovered: !p.known_id, documents: p.documents } }} onDone={onReviewed} />
      </details>
      <section className="profile-block">
        <h4>Names seen</h4>
        <div className="names">{p.names.map((n) => <span key={n.name} className="chip">{n.name} <span className="muted">{n.mentions}</span></span>)}</div>
      </section>
      <EdgeTable title="Leaders" edges={p.leaders} self={p.key} nameOf={nameOf} />
      <EdgeTable title="Structure — affiliations, membership, pledges, successions" edges={p.structure} self={p.key} nameOf={nameOf} />
      <EdgeTable title="Allies and supporters" edges={p.friends} self={p.key} nameOf={nameOf} />
      <EdgeTable title="Enemies" edges={p.enemies} self={p.key} nameOf={nameOf} />
      <section className="profile-block">
        <h4>Events <span className="muted">{p.event_count > events.length ? `latest ${events.length} of ${p.event_count}` : events.length}</span></h4>
        {events.length === 0 ? <p className="muted small">none found</p> : (
          <table className="dense">
            <thead><tr><th>date</th><th>type</th><th>place</th><th>fatalities</th><th>article</th></tr></thead>
            <tbody>{events.map((e, i) => (
              <tr key={e.id ?? i}>
                <td className="nowrap">{e.date ?? <span className="muted">undated</span>}</td>
                <td><span className="swatch" style={{ background: colourOf(EVENT_COLOURS, e.event_type) }} />{e.event_type} <span className="muted">· {e.sub_event_type}</span></td>
                <td>{e.location ?? <span className="muted">—</span>}</td>
                <td>{e.fatalities ?? ''}</td>
                <td><a href={href('reader', e.document_id)}>{p.sources?.find((d) => d.id === e.document_id)?.title || `#${e.document_id}`}</a></td>
              </tr>))}</tbody>
          </table>)}
      </section>
      {p.sources && (
        <section className="profile-block">
          <h4>Sources <span className="muted">{p.documents > p.sources.length ? `latest ${p.sources.length} of ${p.documents}` : p.sources.length}</span></h4>
          <ul className="sources">{p.sources.map((s) => (
            <li key={s.id}><span className="muted nowrap">{s.published ?? 'undated'}</span> <a href={href('reader', s.id)}>{s.title || `document #${s.id}`}</a></li>))}</ul>
        </section>)}
    </div>
  );
}

export function ActorView({ actorKey }: { actorKey: string | null }) {
  const [state, setState] = useState<{ p: Profile; names: Map<string, string> } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    setState(null); setError(null);
    if (!actorKey) return;
    let live = true;
    Promise.all([
      api.actor(actorKey) as Promise<Profile>,
      // The graph around the actor only supplies names for the other ends of its relations.
      api.graph({ actor: actorKey, negated: true }).then((g) => g.nodes, () => []),
    ]).then(([p, nodes]) => live && setState({ p, names: new Map(nodes.map((n) => [n.key, n.name])) }), (e: Error) => live && setError(e.message));
    return () => { live = false; };
  }, [actorKey, version]);
  if (!actorKey) return <ActorSearch />;
  if (error) return <div className="page"><p className="error">{error}</p><a href={href('actor')}>search actors</a></div>;
  if (!state) return <p className="page muted">Loading {actorKey}…</p>;
  return <Profile p={state.p} names={state.names} onReviewed={(problem) => { if (problem) setError(problem); else setVersion((v) => v + 1); }} />;
}
