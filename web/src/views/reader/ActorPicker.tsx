// A text box that finds an actor by any name it went by and hands back its key; used by the
// Timeline to choose whose events and claims to show, or to add one more actor to a selection.
import { useState } from 'react';
import { colourOf, KIND_COLOURS } from '../../lib/palette.ts';
import { useActorSearch } from './useActorSearch.ts';

interface Props { current: string | null; currentName: string | null; onPick: (key: string | null) => void; addLabel?: string }

export function ActorPicker({ current, currentName, onPick, addLabel }: Props) {
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const { hits } = useActorSearch(q, open);
  const choose = (key: string | null) => { onPick(key); setQ(''); setOpen(false); };
  return (
    <div className="picker">
      {addLabel ? <span className="muted small">{addLabel}</span> : <>
        <span className="muted small">actor</span>{' '}
        <strong>{current ? currentName ?? current : 'whole corpus'}</strong>
      </>}
      {current && !addLabel && <button className="link-button" onClick={() => choose(null)}>× clear</button>}
       <input type="search" placeholder={addLabel ? 'add an actor…' : 'find an actor…'} value={q} aria-label="find an actor"
        onFocus={() => setOpen(true)} onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => { setQ(e.target.value); setOpen(true); }}
        onKeyDown={(e) => { if (e.key === 'Enter' && hits[0]) choose(hits[0].key); if (e.key === 'Escape') setOpen(false); }} />
      {open && hits.length > 0 && (
        <ul className="picker-list" role="listbox">
          {hits.map((h) => (
            <li key={h.key} role="option" aria-selected={h.key === current} onMouseDown={(e) => { e.preventDefault(); choose(h.key); }}>
              <span className="swatch" style={{ background: colourOf(KIND_COLOURS, h.kind) }} />{h.name} <span className="muted small">{h.kind} · {h.mentions}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
