// The network's left panel: search, relation types, certainty, denied relations, minimum
// support, theatre and country, the as-of slider and the legend.
import type { NetworkFilters, Certainty } from '../../lib/network-state.ts';
import { colourOf, familyOf, FAMILY_COLOURS, KIND_COLOURS } from '../../lib/palette.ts';

export interface FilterPanelProps {
  filters: NetworkFilters;
  onChange: (f: NetworkFilters) => void;
  types: string[];
  theatres: string[];
  countries: string[];
  names: Array<{ key: string; label: string }>;
  onFocus: (key: string | null) => void;
  dates: string[];
  asOf: string | null;
  onAsOf: (date: string | null) => void;
  shown: { nodes: number; edges: number };
}

const CERTAINTIES: Certainty[] = ['asserted', 'attributed', 'hedged'];

function toggle<T>(set: ReadonlySet<T>, item: T): Set<T> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item); else next.add(item);
  return next;
}

export function NetworkFilterPanel(p: FilterPanelProps) {
  const f = p.filters;
  const asOfIndex = p.asOf ? Math.max(0, p.dates.indexOf(p.asOf)) : p.dates.length - 1;
  return (
    <aside className="side left filters" data-testid="network-filters">
      <label>Find an actor
        <input list="network-actors" placeholder="name…" data-testid="network-search"
          onChange={(ev) => { const hit = p.names.find((n) => n.label === ev.target.value); if (hit) p.onFocus(hit.key); }} />
        <datalist id="network-actors">{p.names.map((n) => <option key={n.key} value={n.label} />)}</datalist>
      </label>
      <p className="muted" data-testid="network-counts">{p.shown.nodes} actors, {p.shown.edges} relations shown</p>
      {p.dates.length > 1 && (
        <fieldset>
          <legend>As of {p.asOf ?? 'latest'}</legend>
          <input type="range" min={0} max={p.dates.length - 1} value={asOfIndex} style={{ width: '100%' }} data-testid="network-asof"
            onChange={(ev) => { const i = Number(ev.target.value); p.onAsOf(i >= p.dates.length - 1 ? null : p.dates[i]!); }} />
        </fieldset>
      )}
      <fieldset>
        <legend>Relations</legend>
        {p.types.map((t) => (
          <label key={t}>
            <input type="checkbox" checked={f.types.has(t)} data-testid={`filter-type-${t}`} onChange={() => p.onChange({ ...f, types: toggle(f.types, t) })} />{' '}
            <span className="swatch" style={{ background: colourOf(FAMILY_COLOURS, familyOf(t)) }} />{t.replace(/_/g, ' ')}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Certainty</legend>
        {CERTAINTIES.map((c) => (
          <label key={c}><input type="checkbox" checked={f.certainties.has(c)} data-testid={`filter-certainty-${c}`} onChange={() => p.onChange({ ...f, certainties: toggle(f.certainties, c) })} /> {c}{c === 'asserted' ? ' (solid)' : ' (dashed)'}</label>
        ))}
        <label><input type="checkbox" checked={f.showDenied} data-testid="filter-denied" onChange={() => p.onChange({ ...f, showDenied: !f.showDenied })} /> denied relations (red, "NOT")</label>
      </fieldset>
      <fieldset>
        <legend>Scope</legend>
        <label>Minimum support <input type="number" min={1} value={f.minSupport} style={{ width: 60 }} data-testid="filter-min-support"
          onChange={(ev) => p.onChange({ ...f, minSupport: Math.max(1, Number(ev.target.value) || 1) })} /></label>
        <label>Theatre <select value={f.theatre} data-testid="filter-theatre" onChange={(ev) => p.onChange({ ...f, theatre: ev.target.value })}>
          <option value="">all</option>{p.theatres.map((t) => <option key={t}>{t}</option>)}</select></label>
        <label>Country <select value={f.country} data-testid="filter-country" onChange={(ev) => p.onChange({ ...f, country: ev.target.value })}>
          <option value="">all</option>{p.countries.map((c) => <option key={c}>{c}</option>)}</select></label>
      </fieldset>
      <div className="legend">
        {Object.entries(KIND_COLOURS).map(([k, c]) => <span key={k}><span className="swatch" style={{ background: c }} />{k.replace(/_/g, ' ')}</span>)}
      </div>
    </aside>
  );
}
