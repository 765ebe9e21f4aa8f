// The Actor view without an actor: find one by any name it went by; the most mentioned come first.
import { useState } from 'react';
import { href } from '../../route.ts';
import { colourOf, KIND_COLOURS } from '../../lib/palette.ts';
import { useActorSearch } from './useActorSearch.ts';

export function ActorSearch() {
  const [q, setQ] = useState('');
  const { hits, error } = useActorSearch(q);
  return (
    <div className="page">
      <div className="toolbar">
        <h2>Actors</h2>
        <input type="search" autoFocus placeholder="any name, alias or spelling…" value={q} onChange={(e) => setQ(e.target.value)} aria-label="search actors" />
        <span className="muted small">{q ? `${hits.length} matching` : 'most mentioned'}</span>
      </div>
      {error && <p className="error">{error}</p>}
      <table className="dense actor-hits">
        <thead><tr><th>actor</th><th>kind</th><th>identity</th><th>mentions</th><th></th></tr></thead>
        <tbody>{hits.map((h) => (
          <tr key={h.key}>
            <td><span className="swatch" style={{ background: colourOf(KIND_COLOURS, h.kind) }} /><a href={href('actor', h.key)}>{h.name}</a></td>
            <td>{h.kind}</td>
            <td>{'known_id' in h && h.known_id ? <code>{String(h.known_id)}</code> : <span className="chip discovered">discovered</span>}</td>
            <td>{h.mentions}</td>
            <td className="small"><a href={href('timeline', h.key)}>timeline</a> · <a href={href('network', h.key)}>network</a></td>
          </tr>))}</tbody>
      </table>
      {!error && q && hits.length === 0 && <p className="muted">No actor goes by “{q}”.</p>}
    </div>
  );
}
