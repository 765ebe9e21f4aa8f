// The Timeline's side panel: the chosen event or relation claim with its evidence sentence,
// the rule that produced it and a link to the article in the Reader.
import { href } from '../../route.ts';
import type { TimelineItem } from '../../lib/timeline-items.ts';

interface Props { item: TimelineItem | null; nameOf: (key: string) => string }

const Actor = ({ k, nameOf }: { k: string; nameOf: (key: string) => string }) => <a href={href('actor', k)}>{nameOf(k)}</a>;
const join = (keys: string[], nameOf: (key: string) => string) => keys.length
  ? keys.map((k, i) => <span key={k}>{i > 0 && ', '}<Actor k={k} nameOf={nameOf} /></span>) : <span className="muted">—</span>;

export function TimelineDetail({ item, nameOf }: Props) {
  if (!item) return <aside className="side"><p className="muted small">Hover a mark for a summary; click it (or a row below) for its evidence.</p></aside>;
  const article = <a href={href('reader', item.document_id)}>{item.title || `document #${item.document_id}`}</a>;
  if (item.kind === 'event') {
    const e = item.event;
    return (
      <aside className="side">
        <h4>Event</h4>
        <div className="claim evidence" style={{ borderLeftColor: item.colour }}>
          <div className="claim-line"><strong>{e.event_type}</strong> · {e.sub_event_type}</div>
          <dl className="kv">
            <dt>date</dt><dd>{e.date ?? <>{item.date} <span className="muted">(article date; event undated)</span></>}{e.date_precision && <span className="muted"> ({e.date_precision})</span>}</dd>
            <dt>place</dt><dd>{[e.location_name, e.admin1, e.country].filter(Boolean).join(', ') || <span className="muted">—</span>}</dd>
            <dt>actors</dt><dd>{join(e.actors, nameOf)}</dd>
            {e.targets.length > 0 && <><dt>targets</dt><dd>{join(e.targets, nameOf)}</dd></>}
            <dt>fatalities</dt><dd>{e.fatalities ?? <span className="muted">not stated</span>}</dd>
            <dt>rule</dt><dd><code>{e.rule}</code></dd>
          </dl>
        </div>
        <blockquote className="quote">{e.evidence_text}</blockquote>
        <p className="small">from {article}</p>
      </aside>
    );
  }
  const r = item.relation;
  return (
    <aside className="side">
      <h4>Relation claim</h4>
      <div className={`claim evidence ${r.certainty}${r.negated ? ' negated' : ''}`}>
        <div className="claim-line"><Actor k={r.source} nameOf={nameOf} /> → {r.negated && <strong className="not">NOT</strong>}{' '}
          <span className="chip" style={{ borderColor: item.colour }}>{r.type}</span> → <Actor k={r.target} nameOf={nameOf} /></div>
        <dl className="kv">
          <dt>reported</dt><dd>{r.published}</dd>
          <dt>certainty</dt><dd>{r.certainty}{r.attributed_to && <> — according to <em>{r.attributed_to}</em></>}</dd>
          {(r.valid_from || r.valid_to) && <><dt>valid</dt><dd>{r.valid_from ?? '…'} – {r.valid_to ?? '…'}</dd></>}
          <dt>rule</dt><dd><code>{r.rule}</code></dd>
        </dl>
      </div>
      <blockquote className="quote">{r.evidence}</blockquote>
      <p className="small">from {article}</p>
    </aside>
  );
}
