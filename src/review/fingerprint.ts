// A claim's fingerprint: what an analyst's decision is keyed by. Extracting the same text again
// gives the same string, so a decision outlives the claim row (migration 2 writes it in SQL too).

export interface FingerprintedClaim { type: string; source: string; target: string; negated: boolean; start: number; end: number }

export function claimFingerprint(contentHash: string, c: FingerprintedClaim): string {
  return `${contentHash.slice(0, 16)}:${c.type}:${c.source}:${c.target}:${c.negated ? 1 : 0}:${c.start}-${c.end}`;
}
