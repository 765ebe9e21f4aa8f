// Stage "knowledge": the validated knowledge base (actors, non-actors, lexicons) passed to every stage.
export type { ActorEntry, Knowledge, KnownFact, NonActorEntry } from './types.ts';
export type { Lexicon } from './lexicon.ts';
export { loadKnowledge, type KnowledgeSource, type LoadedKnowledge } from './load.ts';
export { parseActorFile, parseNonActorFile, crossCheck } from './validate.ts';
