// The evidence of one edge: its claims' sentences with their articles, certainty and rule, and
// the analyst's accept / reject on each claim. The sentences are fetched when the edge is opened.
import { useEffect, useState } from 'react';
import type { Edge } from '../../api.ts';
import { api } from '../../api.ts';
import { href } from '../../route.ts';

export function EdgePanel({ edge: summary, asOf, names, onReviewed }: { edge: Edge; asOf: string | null; names: (key: string) => string; onReviewed: () => void }) {
  const [edge, setEdge] = useState<Edge>(summary);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    api.edge(summary, asOf ?? undefined).then((full) => { if (live && full) setEdge(full); }, () => undefined);
    return () => { live = false; };
  }, [summary, asOf, version]);
  const decide = async (fingerprint: string, decision: 'accept' | 'reject') => {
    await api.decide({ subject: `claim:${fingerprint}`, decision });
    setVersion((v) => v + 1);
    onReviewed();
  };
  const c = edge.certainty;
  return (
    <div data-testid="edge-evidence">
      <h3>
        <a href={href('actor', edge.source)}>{names(edge.source)}</a>{' '}
        <span className={edge.negated ? 'error' : ''}>{edge.negated ? 'NOT ' : ''}{edge.type.replace(/_/g, ' ')}</span>{' '}
        <a href={href('actor', edge.target)}>{names(edge.target)}</a>
      </h3>
      <p className="muted">
        {edge.support} claim(s) in {edge.documents} document(s); seen {edge.first_seen ?? '?'} – {edge.last_seen ?? '?'}
        {edge.valid_from || edge.valid_to ? <>; valid {edge.valid_from ?? '…'} – {edge.valid_to ?? '…'}</> : null}
        <br />asserted {c.asserted}, attributed {c.attributed}, hedged {c.hedged}
        {edge.contradicted_by > 0 && <><br /><strong className="error">contradicted by {edge.contradicted_by} claim(s)</strong></>}
        {edge.reviewed > 0 && <><br />{edge.reviewed} reviewed</>}
      </p>
      {edge.evidence.map((x) => (
        <div key={x.claim_id} className={`evidence ${x.certainty} ${edge.negated ? 'negated' : ''}`} data-testid="evidence-sentence">
          <div>{x.text}</div>
          <div className="muted">
            <a href={href('reader', x.document_id)}>{x.title ?? `document ${x.document_id}`}</a> · {x.published ?? 'undated'} · {x.certainty} · <code>{x.rule}</code>
            {x.review && <> · <strong>{x.review === 'accept' ? 'accepted' : x.review === 'edit' ? 'edited' : x.review}</strong></>}
          </div>
          <div>
            <button onClick={() => decide(x.fingerprint, 'accept')} data-testid="evidence-accept">Accept</button>{' '}
            <button onClick={() => decide(x.fingerprint, 'reject')} data-testid="evidence-reject">Reject</button>
          </div>
        </div>
      ))}
    </div>
  );
}
