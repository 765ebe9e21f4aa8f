// The Reader's side panel: every claim at the clicked place in the text (actor, relation, event,
// date, place), with the rule that produced it, so an analyst can see why the graph says what it says.
import type { ReactNode } from 'react';
import { href } from '../../route.ts';
import type { Annotation, Layer, Relation, DocEvent } from '../../lib/annotations.ts';
import { colourOf, EVENT_COLOURS, FAMILY_COLOURS, familyOf, KIND_COLOURS } from '../../lib/palette.ts';

interface Props { picked: Annotation[]; layer: Layer | null; nameOf: (id: string) => string; onClose: () => void }

const Row = ({ k, children }: { k: string; children: ReactNode }) => <><dt>{k}</dt><dd>{children}</dd></>;
const ActorLink = ({ id, nameOf }: { id: string; nameOf: (id: string) => string }) => <a href={href('actor', id)}>{nameOf(id)}</a>;
const validity = (from: string | null, to: string | null) => (from || to ? `${from ?? '…'} – ${to ?? '…'}` : null);

function RelationCard({ r, nameOf }: { r: Relation; nameOf: (id: string) => string }) {
  return (
    <div className={`claim evidence ${r.certainty}${r.negated ? ' negated' : ''}`}>
      <div className="claim-line">
        <ActorLink id={r.source} nameOf={nameOf} /> →{' '}
        {r.negated && <strong className="not">NOT</strong>}{' '}
        <span className="chip" style={{ borderColor: colourOf(FAMILY_COLOURS, familyOf(r.type)) }}>{r.type}</span> →{' '}
        <ActorLink id={r.target} nameOf={nameOf} />
      </div>
      <dl className="kv">
        <Row k="certainty">{r.certainty}{r.attributed_to && <> — according to <em>{r.attributed_to}</em></>}</Row>
        {validity(r.valid_from, r.valid_to) && <Row k="valid">{validity(r.valid_from, r.valid_to)}</Row>}
        <Row k="rule"><code>{r.rule}</code></Row>
      </dl>
    </div>
  );
}

function EventCard({ e, nameOf }: { e: DocEvent; nameOf: (id: string) => string }) {
  const list = (ids: string[]) => ids.length ? ids.map((id, i) => <span key={id}>{i > 0 && ', '}<ActorLink id={id} nameOf={nameOf} /></span>) : <span className="muted">—</span>;
  return (
    <div className="claim evidence" style={{ borderLeftColor: colourOf(EVENT_COLOURS, e.event_type) }}>
      <div className="claim-line"><strong>{e.event_type}</strong> · {e.sub_event_type}</div>
      <dl className="kv">
        <Row k="date">{e.date ?? <span className="muted">undated</span>}</Row>
        <Row k="place">{e.location?.name ?? <span className="muted">—</span>}</Row>
        <Row k="actors">{list(e.actors)}</Row>
        {e.targets.length > 0 && <Row k="targets">{list(e.targets)}</Row>}
        <Row k="fatalities">{e.fatalities ?? <span className="muted">not stated</span>}</Row>
        <Row k="rule"><code>{e.rule}</code></Row>
      </dl>
    </div>
  );
}

function Card({ a, nameOf }: { a: Annotation; nameOf: (id: string) => string }) {
  switch (a.layer) {
    case 'actor': return (
      <div className="claim evidence" style={{ borderLeftColor: colourOf(KIND_COLOURS, a.actor.kind) }}>
        <div className="claim-line"><a href={href('actor', a.actor.id)}><strong>{a.actor.name}</strong></a> <span className="chip">{a.actor.kind}</span></div>
        <dl className="kv">
          <Row k="identity">{a.actor.discovered ? <span className="chip discovered">discovered</span> : <>known: <code>{a.actor.known_id}</code></>}</Row>
          <Row k="mentions">{a.actor.mentions.length} in this document, {a.actor.mentions.filter((m) => m.section === 'body').length} in the body</Row>
          <Row k="here">“{a.text}”{a.section !== 'body' && <> — in {a.section}, <strong>not reporting</strong></>}</Row>
        </dl>
      </div>);
    case 'relation': return <RelationCard r={a.relation} nameOf={nameOf} />;
    case 'event': return <EventCard e={a.event} nameOf={nameOf} />;
    case 'date': return <div className="claim evidence"><div className="claim-line">“{a.text}” → <strong>{a.date.date}</strong> <span className="muted">({a.date.precision})</span></div></div>;
    case 'place': return (
      <div className="claim evidence">
        <div className="claim-line"><strong>{a.place.name}</strong> <span className="chip">{a.place.kind}</span>{a.place.country && <> · {a.place.country}</>}</div>
      </div>);
  }
}

const HEADINGS: Record<Layer, string> = { actor: 'Actor', relation: 'Relation claims', event: 'Events', date: 'Date', place: 'Place' };

export function ClaimPanel({ picked, layer, nameOf, onClose }: Props) {
  // The clicked layer first, then whatever else covers the same words.
  const order = layer ? [layer, ...(['actor', 'relation', 'event', 'date', 'place'] as Layer[]).filter((l) => l !== layer)] : [];
  return (
    <aside className="side claim-panel" data-testid="claim-panel">
      <div className="panel-head"><strong>Claims here</strong><button onClick={onClose} aria-label="close">×</button></div>
      {order.map((l) => {
        const group = picked.filter((a) => a.layer === l);
        if (!group.length) return null;
        const quoted = l === 'relation' || l === 'event';
        return (
          <section key={l}>
            <h4>{HEADINGS[l]}{group.length > 1 && ` (${group.length})`}</h4>
            {group.map((a, i) => <div key={a.id}>
              {quoted && a.text !== group[i - 1]?.text && <blockquote className="quote">{a.text}</blockquote>}
              <Card a={a} nameOf={nameOf} />
            </div>)}
          </section>
        );
      })}
    </aside>
  );
}
