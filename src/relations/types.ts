// Plain data of the relation stage: rules read from data/, and the claims they produce.
import type { Certainty, RelationType } from '../ontology.ts';
import type { SourcePatterns } from './qualifiers.ts';

export interface RelationRule {
  id: string;
  type: RelationType;
  pattern: RegExp;
  /** Parts every match contains (rule-trigger.ts): a sentence without one of them is not tried. */
  triggers: RegExp[];
  /** Actors a sentence needs for the pattern to match (rule-trigger.ts). */
  minSlots: number;
  /** The claim runs from Y to X. */
  swap: boolean;
  /** One claim between every two actors of X. */
  pairwise: boolean;
  /** Reads a description: hedges and sources count only inside the match. */
  background: boolean;
  example: string;
}

export interface ClaimCues {
  negation: RegExp;
  deniedAfter: RegExp;
  ellipticDenial: RegExp;
  hedge: RegExp;
  accordingTo: RegExp;
  speechVerbs: string;
  claimVerbs: string;
  /** Who states a claim, from the two lists of verbs (qualifiers.ts). */
  sources: SourcePatterns;
  sourceTrailers: RegExp;
  vagueSource: RegExp;
  timeRange: RegExp;
  timeSince: RegExp;
  timeUntil: RegExp;
  statementSource: RegExp;
  subjectChange: RegExp;
}

export interface RelationClaim {
  type: RelationType;
  source: string;
  target: string;
  negated: boolean;
  certainty: Certainty;
  attributed_to: string | null;
  valid_from: string | null;
  valid_to: string | null;
  evidence: { start: number; end: number; text: string };
  section: 'body';
  rule: string;
}
