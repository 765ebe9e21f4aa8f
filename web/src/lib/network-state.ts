// What the network shows, as pure functions of the data and a small filter state: which edges
// and nodes are visible, how each is drawn (sigma reducers), and the graph built from the API.
import Graph from 'graphology';
import type { Edge, GraphNode } from '../api.ts';
import { colourOf, familyOf, FAMILY_COLOURS, KIND_COLOURS } from './palette.ts';

export type Certainty = 'asserted' | 'attributed' | 'hedged';

export interface NetworkFilters {
  types: ReadonlySet<string>;
  certainties: ReadonlySet<Certainty>;
  showDenied: boolean;
  minSupport: number;
  /** Theatre (knowledge file) or '' for all. */
  theatre: string;
  /** ISO country code or '' for all. */
  country: string;
}

export interface Highlight { focus: string | null; hovered: string | null }

export interface NodeAttributes { label: string; kind: string; x: number; y: number; size: number; color: string; countries: string[]; theatre: string | null; review: string | null }
export interface EdgeAttributes { data: Edge; size: number; color: string; type: 'arrow' | 'dashed'; label: string }

export const edgeId = (e: Pick<Edge, 'type' | 'source' | 'target' | 'negated'>): string => `${e.type}|${e.source}|${e.target}|${e.negated ? 'not' : 'is'}`;

/** The strongest certainty any claim behind an edge has. */
export function certaintyOf(e: Pick<Edge, 'certainty'>): Certainty {
  return e.certainty.asserted > 0 ? 'asserted' : e.certainty.attributed > 0 ? 'attributed' : 'hedged';
}

export function edgeVisible(e: Edge, f: NetworkFilters): boolean {
  return f.types.has(e.type) && f.certainties.has(certaintyOf(e)) && (f.showDenied || !e.negated) && e.support >= f.minSupport;
}

export function nodeMatches(n: Pick<NodeAttributes, 'countries' | 'theatre'>, f: NetworkFilters): boolean {
  return (!f.theatre || n.theatre === f.theatre) && (!f.country || n.countries.includes(f.country));
}

/** Builds the graphology graph; nodes keep the positions they had in `previous` (a re-query keeps the picture). */
export function buildGraph(nodes: readonly GraphNode[], edges: readonly Edge[], previous?: Graph<NodeAttributes, EdgeAttributes>): Graph<NodeAttributes, EdgeAttributes> {
  const g = new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: true });
  const degree = new Map<string, number>();
  for (const e of edges) for (const k of [e.source, e.target]) degree.set(k, (degree.get(k) ?? 0) + e.support);
  nodes.forEach((n, i) => {
    const old = previous?.hasNode(n.key) ? previous.getNodeAttributes(n.key) : null;
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
    g.addNode(n.key, {
      // ✓ marks what an analyst accepted, edited or promoted: the graph shows its reviewed state.
      label: n.review ? `${n.name} ✓` : n.name, kind: n.kind, color: colourOf(KIND_COLOURS, n.kind), countries: n.countries ?? [], theatre: n.theatre ?? null, review: n.review ?? null,
      x: old?.x ?? Math.cos(angle) * 100 + jitter(n.key), y: old?.y ?? Math.sin(angle) * 100 + jitter(`${n.key}y`),
      size: 4 + Math.min(14, 2.5 * Math.sqrt(degree.get(n.key) ?? 0)),
    });
  });
  for (const e of edges) {
    if (!g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    g.addDirectedEdgeWithKey(edgeId(e), e.source, e.target, {
      data: e, size: Math.min(6, 1 + Math.log2(e.support)),
      color: e.negated ? '#b42318' : colourOf(FAMILY_COLOURS, familyOf(e.type)),
      type: e.negated || certaintyOf(e) !== 'asserted' ? 'dashed' : 'arrow',
      label: `${e.negated ? 'NOT ' : ''}${e.type.replace(/_/g, ' ')}${e.reviewed ? ' ✓' : ''}`,
    });
  }
  return g;
}

/** A stable small offset from a key, so that equal angles never stack nodes. */
function jitter(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) | 0;
  return ((h % 1000) / 1000) * 10;
}

/** Node keys that have at least one visible edge and pass the node filters. */
export function visibleNodes(g: Graph<NodeAttributes, EdgeAttributes>, f: NetworkFilters): Set<string> {
  const out = new Set<string>();
  g.forEachEdge((_id, a, s, t, sa, ta) => {
    if (edgeVisible(a.data, f) && nodeMatches(sa, f) && nodeMatches(ta, f)) { out.add(s); out.add(t); }
  });
  return out;
}

export function nodeReducer(g: Graph<NodeAttributes, EdgeAttributes>, visible: ReadonlySet<string>, h: Highlight) {
  const centre = h.hovered ?? h.focus;
  const near = centre && g.hasNode(centre) ? new Set([centre, ...g.neighbors(centre)]) : null;
  return (key: string, attrs: NodeAttributes): Partial<NodeAttributes> & { hidden?: boolean; highlighted?: boolean; forceLabel?: boolean } => {
    if (!visible.has(key)) return { ...attrs, hidden: true };
    if (near && !near.has(key)) return { ...attrs, color: '#d5d8de', label: '' };
    return { ...attrs, highlighted: key === centre, forceLabel: key === centre || (near?.has(key) ?? false) };
  };
}

export function edgeReducer(g: Graph<NodeAttributes, EdgeAttributes>, visible: ReadonlySet<string>, f: NetworkFilters, h: Highlight, selectedEdge: string | null) {
  const centre = h.hovered ?? h.focus;
  return (key: string, attrs: EdgeAttributes): Partial<EdgeAttributes> & { hidden?: boolean; forceLabel?: boolean } => {
    const [s, t] = g.extremities(key);
    if (!edgeVisible(attrs.data, f) || !visible.has(s) || !visible.has(t)) return { ...attrs, hidden: true };
    if (key === selectedEdge) return { ...attrs, size: attrs.size + 2, forceLabel: true };
    if (centre && s !== centre && t !== centre) return { ...attrs, color: '#eceef2', label: '' };
    // Labels only around the actor in focus: a whole corpus of labels is unreadable.
    return centre ? { ...attrs, forceLabel: true } : { ...attrs, label: '' };
  };
}
