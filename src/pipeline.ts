// The pipeline, stage by stage, in the order data flows. Knowledge and options are passed in.
//   ingest  — read files into documents; label body / boilerplate / comments   (src/ingest)
//   text    — tokens, sentences, folding of transliteration variants           (src/text)
//   actors    — find and link actors: names, discovered groups and persons, refs  (src/actors)
//   relations — typed claims between actors, with negation, certainty, time       (src/relations)
//   output    — the JSON record of the document (GUIDE.md §6)                      (src/output)
// Events and places are the next stages to come (issue 4).
import type { SourceDocument, SectionCues } from './ingest/index.ts';
import { splitSections } from './ingest/index.ts';
import { analyseText } from './text/index.ts';
import { findActors, prepareActorFinder, type ActorFinder } from './actors/index.ts';
import { findRelations, loadClaimCues, loadRelationRules, type RelationReader } from './relations/index.ts';
import { toDocumentJson, type DocumentJson } from './output/index.ts';
import type { LoadedKnowledge } from './knowledge/index.ts';
import { debugFor } from './debug.ts';

export interface ExtractOptions {
  /** Publication date to use when the document's metadata has none (YYYY-MM-DD). */
  published: string | null;
  withText: boolean;
}

export const DEFAULT_EXTRACT: ExtractOptions = { published: null, withText: false };

export interface Extractor {
  extract(doc: SourceDocument, options?: Partial<ExtractOptions>): DocumentJson;
}

export function createExtractor(knowledge: LoadedKnowledge, cues: SectionCues): Extractor {
  const finder: ActorFinder = prepareActorFinder(knowledge);
  const reader: RelationReader = { knowledge, rules: loadRelationRules(), cues: loadClaimCues() };
  const log = debugFor('factiongraph:extract');
  return {
    extract(doc, options = {}) {
      const o = { ...DEFAULT_EXTRACT, ...options };
      const dated = doc.published ? doc : { ...doc, published: o.published };
      const sections = splitSections(doc.text, cues, doc.knownBoilerplate);
      const analysed = analyseText(doc.text, knowledge.folding, knowledge.lexicon.abbreviations);
      log(`document ${doc.id}`);
      const actors = findActors(doc.text, analysed, sections, dated.published, finder, log);
      const relations = findRelations(doc.text, analysed.sentences, sections, actors, reader, log);
      return toDocumentJson(dated, sections, actors, relations, { withText: o.withText });
    },
  };
}
