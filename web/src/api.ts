// The UI's client for the factiongraph HTTP API: one typed function per endpoint it uses.
// Shapes mirror src/graph, src/review and src/api/app.ts on the server.

export interface GraphNode { key: string; known_id: string | null; name: string; kind: string; countries: string[]; theatre: string | null; review: string | null }
export interface Evidence { claim_id: number; fingerprint: string; document_id: number; title: string | null; published: string | null; text: string; certainty: string; rule: string; review: string | null }
export interface Edge {
  type: string; source: string; target: string; negated: boolean; support: number; documents: number;
  first_seen: string | null; last_seen: string | null;
  certainty: { asserted: number; attributed: number; hedged: number };
  valid_from: string | null; valid_to: string | null; contradicted_by: number; reviewed: number;
  evidence: Evidence[];
}
export interface Graph { nodes: GraphNode[]; edges: Edge[] }

export interface EventRow {
  id: number; document_id: number; title: string | null; event_type: string; sub_event_type: string;
  actors: string[]; targets: string[]; location_name: string | null; country: string | null; admin1: string | null;
  lat: number | null; lon: number | null; date: string | null; date_precision: string | null; fatalities: number | null;
  evidence_text: string; rule: string;
}

export interface DocumentRow { id: number; doc_id: string; source: string; title: string | null; url: string | null; published: string | null; duplicate_of: number | null }
export interface Span { start: number; end: number; text: string }
export interface DocumentFull extends DocumentRow {
  text: string;
  extraction: {
    sections: Array<{ kind: 'body' | 'boilerplate' | 'comment'; start: number; end: number; cue: string }>;
    actors: Array<{ id: string; name: string; kind: string; known_id: string | null; discovered: boolean; mentions: Array<Span & { section: string; rule: string }> }>;
    relations: Array<{ type: string; source: string; target: string; negated: boolean; certainty: string; attributed_to: string | null; valid_from: string | null; valid_to: string | null; evidence: Span; rule: string }>;
    events: Array<{ event_type: string; sub_event_type: string; actors: string[]; targets: string[]; location: { name: string } | null; date: string | null; fatalities: number | null; evidence: Span; rule: string }>;
    places: Array<{ name: string; kind: string; country: string | null; mentions: Array<Span & { section: string }> }>;
    dates?: Array<Span & { date: string; precision: string }>;
  };
}

export interface ActorProfile {
  key: string; known_id: string | null; name: string; kind: string; countries: string[]; theatre: string | null; review: string | null;
  merged_into: string | null; merged_from: string[];
  names: Array<{ name: string; mentions: number }>; documents: number; event_count: number;
  sources: Array<{ id: number; title: string | null; published: string | null }>;
  leaders: Edge[]; structure: Edge[]; friends: Edge[]; enemies: Edge[];
  events: Array<{ id: number; event_type: string; sub_event_type: string; date: string | null; location: string | null; fatalities: number | null; document_id: number }>;
}

export interface ReviewItem {
  subject: string; kind: 'claim' | 'actor'; status: 'pending' | 'accepted' | 'rejected' | 'edited' | 'merged' | 'promoted';
  label: string; reason: string; document_id: number | null; evidence: string | null;
  claim?: { id: number; type: string; source: string; target: string; negated: boolean; certainty: string };
  actor?: { key: string; name: string; kind: string; discovered: boolean; documents: number };
}

export type Decision =
  | { subject: string; decision: 'accept' | 'reject' | 'reset' }
  | { subject: string; decision: 'edit'; payload: { type?: string; certainty?: string; negated?: boolean; name?: string; kind?: string } }
  | { subject: string; decision: 'merge'; payload: { into: string } }
  | { subject: string; decision: 'alias'; payload: { alias: string } }
  | { subject: string; decision: 'promote'; payload: { name?: string; kind?: string } };

export interface IngestResult { outcome: { status: 'stored' | 'near_duplicate' | 'unchanged'; id: number }; title?: string | null; actors: number; relations: number; events: number }

export interface GraphQuery { asOf?: string; types?: string[]; minSupport?: number; negated?: boolean; actor?: string; evidence?: number }

const TOKEN_KEY = 'factiongraph.token';

/**
 * The bearer token a server beyond loopback requires: it prints the address to open with
 * "#token=…" (or "?token=…"); the token is kept for this tab and taken out of the address bar.
 */
export function authHeader(): Record<string, string> {
  if (typeof location === 'undefined' || typeof sessionStorage === 'undefined') return {};
  const url = new URL(location.href);
  const given = new URLSearchParams(url.hash.startsWith('#token=') ? url.hash.slice(1) : '').get('token') ?? url.searchParams.get('token');
  if (given) {
    sessionStorage.setItem(TOKEN_KEY, given);
    url.searchParams.delete('token');
    if (url.hash.startsWith('#token=')) url.hash = '';
    history.replaceState(history.state, '', url);
  }
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { authorization: `Bearer ${token}` } : {};
}
authHeader(); // at load, before the UI reads its route from the address

async function get<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: authHeader() });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${(await res.json().catch(() => ({}))).message ?? res.statusText}`);
  return res.json() as Promise<T>;
}

async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', ...authHeader() }, body: JSON.stringify(body) });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(json.message ?? `${path}: ${res.status}`);
  return json as T;
}

function query(params: Record<string, string | number | boolean | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const api = {
  graph: (q: GraphQuery = {}) => get<Graph>(`/api/graph${query({ asOf: q.asOf, types: q.types?.join(','), minSupport: q.minSupport, negated: q.negated, actor: q.actor, evidence: q.evidence })}`),
  /** One edge with its evidence sentences (the network loads edges without them). */
  edge: async (e: Pick<Edge, 'type' | 'source' | 'target' | 'negated'>, asOf?: string) => {
    const g = await get<Graph>(`/api/graph${query({ actor: e.source, types: e.type, negated: true, asOf })}`);
    return g.edges.find((x) => x.source === e.source && x.target === e.target && x.negated === e.negated) ?? null;
  },
  events: (q: { actor?: string; type?: string; from?: string; to?: string; limit?: number } = {}) => get<EventRow[]>(`/api/events${query({ limit: 500, ...q })}`),
  documents: () => get<DocumentRow[]>('/api/documents?limit=500'),
  document: (id: number) => get<DocumentFull>(`/api/documents/${id}`),
  actor: (key: string) => get<ActorProfile>(`/api/actors/${encodeURIComponent(key)}`),
  actors: (q: string) => get<Array<{ key: string; name: string; kind: string; mentions: number }>>(`/api/actors${query({ q, limit: 20 })}`),
  review: (status = 'pending', kind?: 'claim' | 'actor') => get<ReviewItem[]>(`/api/review${query({ status, kind, limit: 500 })}`),
  decide: (d: Decision) => post<{ id: number }>('/api/decisions', d),
  ingest: (doc: { text: string; title?: string; published?: string; filename?: string }) => post<IngestResult | { documents: Array<IngestResult | { error: string }> }>('/api/ingest', doc),
  reextract: () => post<{ documents: number }>('/api/reextract', {}),
};
