// The knowledge base as the analyst has reviewed it: discovered groups promoted to entries, and
// names added to actors. Extraction after a review (re-extract, new ingests) links them as known.
import type { Store } from '../store/index.ts';
import type { ActorEntry, LoadedKnowledge } from '../knowledge/index.ts';
import { ACTOR_KINDS, type ActorKind } from '../ontology.ts';
import { nameKey } from '../text/index.ts';
import { createExtractor, type Extractor } from '../pipeline.ts';
import type { SectionCues } from '../ingest/index.ts';

export interface KnowledgeAdditions {
  promoted: Array<{ key: string; name: string; kind: ActorKind; names: string[] }>;
  aliases: Array<{ key: string; alias: string }>;
}

export function knowledgeAdditions(db: Store): KnowledgeAdditions {
  const promoted = (db.prepare(`SELECT a.key, a.name, a.kind, r.payload FROM review_state r JOIN actors a ON r.subject = 'actor:' || a.key WHERE r.decision = 'promote'`)
    .all() as Array<{ key: string; name: string; kind: string; payload: string | null }>).map((r) => {
    const p = (r.payload ? JSON.parse(r.payload) : {}) as { name?: string; kind?: string };
    const kind = (p.kind ?? r.kind) as ActorKind;
    const names = (db.prepare('SELECT DISTINCT name FROM actor_names WHERE actor_key = ?').all(r.key) as Array<{ name: string }>).map((n) => n.name);
    return { key: r.key, name: p.name ?? r.name, kind: ACTOR_KINDS.includes(kind) ? kind : 'armed_group', names };
  });
  const aliases = (db.prepare(`SELECT payload FROM review_state WHERE decision = 'alias'`).all() as Array<{ payload: string }>)
    .map((r) => JSON.parse(r.payload) as { key: string; alias: string });
  return { promoted, aliases };
}

/** A new knowledge base with the additions; a name another entry already holds is left out (and listed). */
export function reviewedKnowledge(base: LoadedKnowledge, add: KnowledgeAdditions): { knowledge: LoadedKnowledge; skipped: string[] } {
  const key = (n: string) => nameKey(n, base.folding);
  const owner = new Map<string, string>();
  for (const a of base.actors) for (const n of [a.name, ...a.aliases]) owner.set(key(n), a.id);
  const skipped: string[] = [];
  const free = (id: string, name: string): boolean => {
    const held = owner.get(key(name));
    if (held && held !== id) { skipped.push(`"${name}" already names ${held}`); return false; }
    owner.set(key(name), id);
    return true;
  };
  const entries = new Map(base.actors.map((a) => [a.id, a]));
  for (const p of add.promoted) {
    if (entries.has(p.key)) continue;
    const names = [p.name, ...p.names].filter((n, i, all) => all.indexOf(n) === i && free(p.key, n));
    entries.set(p.key, promotedEntry(p.key, p.name, p.kind, names.filter((n) => n !== p.name)));
  }
  for (const { key: id, alias } of add.aliases) {
    const entry = entries.get(id);
    if (entry && free(id, alias)) entries.set(id, { ...entry, aliases: [...entry.aliases, alias] });
  }
  const actors = [...entries.values()];
  return { knowledge: { ...base, actors, byId: new Map(actors.map((a) => [a.id, a])) }, skipped };
}

function promotedEntry(id: string, name: string, kind: ActorKind, aliases: string[]): ActorEntry {
  return { id, name, kind, aliases, countries: [], founded: null, dissolved: null, facts: [], acled: [], countryNames: [], demonyms: [], source: 'analyst review', file: 'review' };
}

/** The extractor for a store: the knowledge base with that store's reviewed additions. */
export function reviewedExtractor(db: Store, base: LoadedKnowledge, cues: SectionCues): Extractor {
  return createExtractor(reviewedKnowledge(base, knowledgeAdditions(db)).knowledge, cues);
}
