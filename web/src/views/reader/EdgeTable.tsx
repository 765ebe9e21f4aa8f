// One group of an actor's merged relations (leaders, structure, allies, enemies) as a dense table:
// the other actor, direction and type, support, when seen, validity, certainty mix, and the evidence.
import type { Edge } from '../../api.ts';
import { href } from '../../route.ts';
import { colourOf, FAMILY_COLOURS, familyOf } from '../../lib/palette.ts';

interface Props { title: string; edges: Edge[] | undefined; self: string; nameOf: (key: string) => string }

const span = (a: string | null, b: string | null) => (a === b ? a ?? '—' : `${a ?? '…'} – ${b ?? '…'}`);

function CertaintyMix({ c }: { c: Edge['certainty'] }) {
  const total = c.asserted + c.attributed + c.hedged || 1;
  return (
    <span className="mix" title={`${c.asserted} asserted, ${c.attributed} attributed, ${c.hedged} hedged`}>
      <span className="mix-bar">
        <i style={{ width: `${(100 * c.asserted) / total}%` }} className="a" />
        <i style={{ width: `${(100 * c.attributed) / total}%` }} className="t" />
        <i style={{ width: `${(100 * c.hedged) / total}%` }} className="h" />
      </span>
      <span className="muted">{c.asserted}/{c.attributed}/{c.hedged}</span>
    </span>
  );
}

/** The profiled actor in plain text, any other actor as a link to its own profile. */
const Who = ({ k, self, nameOf }: { k: string; self: string; nameOf: (key: string) => string }) =>
  k === self ? <span className="self">{nameOf(k)}</span> : <a href={href('actor', k)}>{nameOf(k)}</a>;

export function EdgeTable({ title, edges, self, nameOf }: Props) {
  if (!edges?.length) return <section className="profile-block"><h4>{title}</h4><p className="muted small">none found</p></section>;
  return (
    <section className="profile-block">
      <h4>{title} <span className="muted">{edges.length}</span></h4>
      <table className="dense edges">
        <colgroup><col style={{ width: '52%' }} /><col style={{ width: '8%' }} /><col style={{ width: '16%' }} /><col style={{ width: '12%' }} /><col style={{ width: '12%' }} /></colgroup>
        <thead><tr><th>claim</th><th title="claims / documents">support</th><th>first – last seen</th><th>valid</th><th title="asserted / attributed / hedged">certainty</th></tr></thead>
        <tbody>{edges.map((e, i) => {
          return (
            <tr key={`${e.type}:${e.source}:${e.target}:${e.negated}:${i}`} className={e.negated ? 'negated-row' : ''}>
              <td>
                <Who k={e.source} self={self} nameOf={nameOf} />{' '}
                {e.negated && <strong className="not">NOT</strong>}{' '}
                <span className="chip" style={{ borderColor: colourOf(FAMILY_COLOURS, familyOf(e.type)) }}>{e.type}</span>{' '}
                <Who k={e.target} self={self} nameOf={nameOf} />
                {e.contradicted_by > 0 && <span className="chip contra" title="claims saying the opposite"> contradicted ×{e.contradicted_by}</span>}
                {e.evidence?.length > 0 && (
                  <details><summary className="small">evidence</summary>
                    {e.evidence.map((ev, k) => (
                      <div key={k} className={`evidence ${ev.certainty}`}>
                        <div className="quote">{ev.text}</div>
                        <div className="small muted"><a href={href('reader', ev.document_id)}>{ev.title || `#${ev.document_id}`}</a> · {ev.published ?? 'undated'} · {ev.certainty} · <code>{ev.rule}</code></div>
                      </div>))}
                  </details>)}
              </td>
              <td>{e.support}<span className="muted">/{e.documents}</span></td>
              <td className="nowrap">{span(e.first_seen, e.last_seen)}</td>
              <td className="nowrap">{e.valid_from || e.valid_to ? span(e.valid_from, e.valid_to) : <span className="muted">—</span>}</td>
              <td><CertaintyMix c={e.certainty} />
              </td>
            </tr>
          );
        })}</tbody>
      </table>
    </section>
  );
}
