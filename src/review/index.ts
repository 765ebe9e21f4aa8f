// Stage "review": analysts' decisions on claims and actors (accept, reject, edit, merge, alias,
// promote), kept apart from extraction and applied when the graph is read (see store migration 2).
export type { Decision, DecisionKind, DecisionPayload, ReviewItem, ReviewStatus } from './types.ts';
export { DECISION_KINDS } from './types.ts';
export { claimFingerprint } from './fingerprint.ts';
export { validateDecision, splitSubject } from './validate-decision.ts';
export { recordDecision, decisionHistory } from './record-decision.ts';
export { reviewQueue, type QueueQuery } from './review-queue.ts';
export { knowledgeAdditions, reviewedKnowledge, reviewedExtractor, type KnowledgeAdditions } from './reviewed-knowledge.ts';
export { reextractAll } from './reextract.ts';
