// Plain data of the review stage: an analyst's decision on a claim or an actor, and the queue of
// items waiting for one. Decisions never touch extracted rows; they are applied when read.

export const DECISION_KINDS = ['accept', 'reject', 'edit', 'merge', 'alias', 'promote', 'reset'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** Which decisions each kind of subject takes: a claim is judged or corrected; an actor also merged, aliased, promoted. */
export const DECISIONS_FOR = {
  claim: ['accept', 'reject', 'edit', 'reset'],
  actor: ['accept', 'reject', 'edit', 'merge', 'alias', 'promote', 'reset'],
} as const satisfies Record<string, readonly DecisionKind[]>;
export type SubjectKind = keyof typeof DECISIONS_FOR;

export interface DecisionPayload {
  /** edit (claim) */
  type?: string;
  certainty?: string;
  negated?: boolean;
  /** edit / promote (actor) */
  name?: string;
  kind?: string;
  /** merge: the actor this one is the same as */
  into?: string;
  /** alias: a name to link to this actor from now on */
  alias?: string;
}

/** "claim:<fingerprint>" or "actor:<key>". */
export interface Decision { subject: string; decision: DecisionKind; payload: DecisionPayload | null }

export type ReviewStatus = 'pending' | 'accepted' | 'rejected' | 'edited' | 'merged' | 'promoted';

export const STATUS_OF: Record<string, ReviewStatus> = { accept: 'accepted', reject: 'rejected', edit: 'edited', merge: 'merged', promote: 'promoted' };

export interface ReviewItem {
  subject: string;
  kind: SubjectKind;
  status: ReviewStatus;
  label: string;
  /** Why it is worth a look: "denied", "hedged", "contradicted", "single source", "discovered"... */
  reason: string;
  document_id: number | null;
  evidence: string | null;
  claim?: { id: number; type: string; source: string; target: string; negated: boolean; certainty: string };
  actor?: { key: string; name: string; kind: string; discovered: boolean; documents: number };
}
