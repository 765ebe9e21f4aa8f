// The review queue: claims and discovered actors, the most doubtful first, each with the reason
// it is worth a look, its evidence and its article. Decisions are stored apart from extraction
// and outlive reloads and re-extraction; "Re-extract" applies promotions and aliases.
import { useCallback, useEffect, useState } from 'react';
import { api, type ReviewItem } from '../api.ts';
import { href } from '../route.ts';
import { ReviewActions } from './review/ReviewActions.tsx';

type Status = 'pending' | 'reviewed' | 'all';
type Kind = '' | 'claim' | 'actor';

export function ReviewView() {
  const [status, setStatus] = useState<Status>('pending');
  const [kind, setKind] = useState<Kind>('');
  const [items, setItems] = useState<ReviewItem[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => { api.review(status, kind || undefined).then(setItems, (e: Error) => setMessage(e.message)); }, [status, kind]);
  useEffect(load, [load]);

  const reextract = async () => {
    setBusy(true);
    setMessage('Re-extracting every document with the reviewed knowledge…');
    try { setMessage(`Re-extracted ${(await api.reextract()).documents} documents; decisions kept.`); load(); }
    catch (e) { setMessage((e as Error).message); }
    finally { setBusy(false); }
  };

  return (
    <div className="page" data-testid="review-queue">
      <div className="review-bar">
        {(['pending', 'reviewed', 'all'] as const).map((s) => <button key={s} className={s === status ? 'primary' : ''} onClick={() => setStatus(s)} data-testid={`review-status-${s}`}>{s}</button>)}
        <select value={kind} onChange={(e) => setKind(e.target.value as Kind)} data-testid="review-kind">
          <option value="">claims and actors</option><option value="claim">claims</option><option value="actor">discovered actors</option>
        </select>
        <button onClick={reextract} disabled={busy} data-testid="review-reextract" title="Extract all documents again so that promoted actors and added aliases are linked">Re-extract with reviewed knowledge</button>
        {message && <span className="muted" data-testid="review-message">{message}</span>}
      </div>
      {items == null ? <p className="muted">Loading…</p> : items.length === 0 ? <p className="muted">Nothing here.</p> : (
        <table>
          <thead><tr><th>item</th><th>why</th><th>evidence</th><th>status</th><th /></tr></thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.subject} data-testid="review-item" data-subject={item.subject} data-status={item.status}>
                <td><strong>{item.label}</strong>{item.actor && <div><a href={href('actor', item.actor.key)}>profile</a></div>}</td>
                <td className="muted">{item.reason}</td>
                <td>{item.kind === 'actor' ? <span className="muted">names: {item.evidence}</span> : <q>{item.evidence}</q>}
                  {item.document_id != null && <div><a href={href('reader', item.document_id)}>read the article</a></div>}</td>
                <td><span className={`chip status-${item.status}`} data-testid="review-status">{item.status}</span></td>
                <td><ReviewActions item={item} onDone={(error) => { setMessage(error ?? null); load(); }} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
