// Stage "background": what the knowledge base knows about the actors a document names (Nusra ->
// JFS -> HTS succession, JNIM's components, al-Shabaab's allegiance). Kept apart from the claims
// read in the article and marked as knowledge: the graph may show it, never count it as reporting.
import type { LoadedKnowledge } from '../knowledge/index.ts';
import type { DocActor } from '../actors/index.ts';
import type { RelationType } from '../ontology.ts';

export interface BackgroundFact {
  type: RelationType;
  source: string;
  target: string;
  valid_from: string | null;
  valid_to: string | null;
  origin: 'knowledge';
  /** The knowledge-base file the fact comes from. */
  file: string;
}

/** Facts of the knowledge base between two actors of the document. */
export function backgroundFacts(actors: readonly DocActor[], k: LoadedKnowledge): BackgroundFact[] {
  const keyOf = new Map(actors.filter((a) => a.knownId).map((a) => [a.knownId!, a.key]));
  const out: BackgroundFact[] = [];
  for (const [id, key] of keyOf) {
    const entry = k.byId.get(id)!;
    for (const f of entry.facts) {
      const target = keyOf.get(f.target);
      if (!target) continue;
      out.push({ type: f.type, source: key, target, valid_from: f.from == null ? null : String(f.from), valid_to: f.to == null ? null : String(f.to), origin: 'knowledge', file: entry.file });
    }
  }
  return out;
}
