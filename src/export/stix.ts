// The merged graph as a STIX 2.1 bundle: armed groups and coalitions as intrusion-sets, states,
// political bodies and persons as identities, merged relations as relationships (with their time
// bounds and a confidence from their certainty mix and support), source articles as reports, and
// event places as locations. Ids are UUIDv5-like hashes of our keys, so an export is stable.
import { createHash } from 'node:crypto';
import type { Corpus } from './corpus.ts';

export interface StixOptions { now: string }

type StixObject = Record<string, unknown> & { type: string; id: string };

export function toStix(c: Corpus, o: StixOptions): string {
  const created = stamp(o.now);
  const objects: StixObject[] = [];
  const idOf = new Map<string, string>();
  for (const n of c.nodes) {
    const isGroup = n.kind === 'armed_group' || n.kind === 'coalition';
    const id = stixId(isGroup ? 'intrusion-set' : 'identity', n.key);
    idOf.set(n.key, id);
    objects.push(isGroup
      ? { type: 'intrusion-set', spec_version: '2.1', id, created, modified: created, name: n.name, ...(n.known_id ? { aliases: [n.known_id] } : {}) }
      : { type: 'identity', spec_version: '2.1', id, created, modified: created, name: n.name, identity_class: n.kind === 'person' ? 'individual' : 'organization',
          ...(n.kind === 'state' ? { sectors: ['government-national'] } : {}) });
  }
  for (const e of c.edges) {
    if (e.negated) continue; // STIX has no denied relationship; the JSON and GraphML exports keep them
    const source = idOf.get(e.source), target = idOf.get(e.target);
    if (!source || !target) continue;
    const from = timestamp(e.valid_from), to = timestamp(e.valid_to, true);
    objects.push({
      type: 'relationship', spec_version: '2.1', id: stixId('relationship', `${e.type}|${e.source}|${e.target}`), created, modified: created,
      relationship_type: e.type.replace(/_/g, '-'), source_ref: source, target_ref: target, confidence: confidence(e),
      description: `${e.support} claim(s) in ${e.documents} document(s); asserted ${e.certainty.asserted}, attributed ${e.certainty.attributed}, hedged ${e.certainty.hedged}${e.contradicted_by ? `; denied by ${e.contradicted_by}` : ''}. ${e.evidence[0]?.text ?? ''}`.trim(),
      ...(from ? { start_time: from } : {}), ...(to && (!from || to > from) ? { stop_time: to } : {}),
    });
  }
  const places = new Map<string, string>();
  for (const ev of c.events) {
    if (ev.lat == null || ev.lon == null || !ev.location_name) continue;
    const key = `${ev.location_name}|${ev.lat}|${ev.lon}`;
    if (places.has(key)) continue;
    const id = stixId('location', key);
    places.set(key, id);
    objects.push({ type: 'location', spec_version: '2.1', id, created, modified: created, name: ev.location_name, latitude: ev.lat, longitude: ev.lon, ...(ev.country ? { country: ev.country } : {}) });
  }
  for (const d of c.documents) {
    const refs = [...new Set([
      ...c.edges.filter((e) => !e.negated && e.evidence.some((x) => x.document_id === d.id)).map((e) => stixId('relationship', `${e.type}|${e.source}|${e.target}`)),
      ...c.events.filter((e) => e.document_id === d.id).flatMap((e) => [...e.actors, ...e.targets].map((k) => idOf.get(k)).filter((x): x is string => !!x)),
    ])].filter((r) => objects.some((x) => x.id === r));
    if (!refs.length) continue;
    objects.push({ type: 'report', spec_version: '2.1', id: stixId('report', String(d.id)), created, modified: created, name: d.title ?? `Document ${d.id}`,
      published: timestamp(d.published) ?? created, object_refs: refs, ...(d.url ? { external_references: [{ source_name: 'source', url: d.url }] } : {}) });
  }
  return JSON.stringify({ type: 'bundle', id: stixId('bundle', `${o.now}|${objects.length}`), objects }, null, 1);
}

/** A STIX id: the type and a UUID (version 5 layout) hashed from our key. */
export function stixId(type: string, key: string): string {
  const h = createHash('sha1').update(`factiongraph|${type}|${key}`).digest('hex').slice(0, 32).split('');
  h[12] = '5';
  h[16] = '89ab'[parseInt(h[16]!, 16) & 3]!;
  const s = h.join('');
  return `${type}--${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function stamp(iso: string): string {
  return new Date(iso).toISOString();
}

/** A year or date as a STIX timestamp; a year-only end runs to the end of that year. */
function timestamp(v: string | null, end = false): string | null {
  if (!v) return null;
  if (/^\d{4}$/.test(v)) return end ? `${v}-12-31T23:59:59.000Z` : `${v}-01-01T00:00:00.000Z`;
  if (/^\d{4}-\d{2}$/.test(v)) return `${v}-01T00:00:00.000Z`;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function confidence(e: Corpus['edges'][number]): number {
  const base = e.certainty.asserted ? 80 : e.certainty.attributed ? 60 : 35;
  return Math.min(100, base + 5 * (e.documents - 1) - 10 * Math.min(e.contradicted_by, 3));
}
