// The Reader's side panel before anything is clicked: who and what the document mentions, with
// mentions in the reporting body counted apart from those in boilerplate or comments.
import type { DocumentFull } from '../../api.ts';
import { href } from '../../route.ts';
import { colourOf, KIND_COLOURS } from '../../lib/palette.ts';

export function DocumentSummary({ doc }: { doc: DocumentFull }) {
  const x = doc.extraction;
  const actors = x.actors
    .map((a) => ({ a, body: a.mentions.filter((m) => m.section === 'body').length, other: a.mentions.filter((m) => m.section !== 'body').length }))
    .sort((p, q) => q.body - p.body || q.other - p.other);
  return (
    <aside className="side" data-testid="claim-panel">
      <p className="muted small">Click a highlight in the text to see the claims made there.</p>
      <h4>Actors <span className="muted">{actors.length}</span></h4>
      <table className="dense">
        <thead><tr><th>actor</th><th title="mentions in the reporting body">body</th><th title="mentions in boilerplate or comments">other</th></tr></thead>
        <tbody>{actors.map(({ a, body, other }) => (
          <tr key={a.id} className={body ? '' : 'faint'}>
            <td><span className="swatch" style={{ background: colourOf(KIND_COLOURS, a.kind) }} />
              <a href={href('actor', a.id)}>{a.name}</a>{a.discovered && <span className="chip discovered">discovered</span>}</td>
            <td>{body}</td><td>{other}</td>
          </tr>))}</tbody>
      </table>
      <h4>Extracted</h4>
      <p className="small">{x.relations.length} relation claims · {x.events.length} events · {x.places.length} places · {(x.dates ?? []).length} dates</p>
    </aside>
  );
}
