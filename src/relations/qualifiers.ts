// The qualifiers of a claim read from its sentence: negation ("has not pledged", "that wasn't
// accurate"), certainty (a named source: attributed; a hedge: hedged) and time bounds.
import type { Certainty } from '../ontology.ts';
import type { ClaimCues } from './types.ts';
import { allMatches } from './all-matches.ts';
import { sharedRegExp } from '../text/index.ts';

export interface Certain { certainty: Certainty; attributedTo: string | null }

/** Negation inside the claim's own words (its actors removed). */
export function isNegated(claimText: string, cues: ClaimCues): boolean {
  return cues.negation.test(claimText.replace(/[⟪⟦]\d+[⟫⟧]/g, ' '));
}

/** Certainty of a claim standing at [start, end) of its sentence. */
export function certaintyOf(sentence: string, start: number, end: number, cues: ClaimCues): Certain {
  const source = attributionSource(sentence, start, end, cues);
  if (source && !cues.vagueSource.test(source)) return { certainty: 'attributed', attributedTo: source };
  if (source || hedged(sentence.slice(0, end))) return { certainty: 'hedged', attributedTo: null };
  return { certainty: 'asserted', attributedTo: null };

  // "May" with a capital is the month far more often than a hedge.
  function hedged(text: string): boolean {
    return allMatches(cues.hedge, text).some((m) => m[0] !== 'May');
  }
}

/** The patterns that find who states a claim, built once from the cue file's lists of verbs. */
export interface SourcePatterns { lead: RegExp; before: RegExp; quoted: RegExp; tail: RegExp }

export function compileSourcePatterns(speechVerbs: string, claimVerbs: string): SourcePatterns {
  return {
    // A claim that opens with the source's verb ("the UN classifies X as ...").
    lead: sharedRegExp(`^(?:${speechVerbs}|${claimVerbs})\\b`, 'iu'),
    // "X said that ..." before the claim.
    before: sharedRegExp(`(?:^|[,;:“"]\\s*|\\b(?:and|but|as)\\s+)((?:[\\p{L}\\p{N}’'.-]+\\s+){0,6}?[\\p{L}\\p{N}’'.-]+)\\s+(?:(?:${speechVerbs})\\b(?:\\s+(?:on|in)\\s+[^,]{1,40}?)?(?:\\s+that)?|(?:${claimVerbs})\\b(?:\\s+(?:on|in)\\s+[^,]{1,40}?)?(?:\\s+that|\\s*[:“"]))[\\s,:“"]*(?:[^\\s.,;]+\\s+){0,4}?$`, 'iu'),
    // "“...,” X said." after the claim.
    quoted: sharedRegExp(`^[^.]*?[”"],?\\s+(?:((?:[\\p{L}\\p{N}’'.-]+\\s+){0,5}?[\\p{L}\\p{N}’'.-]+)\\s+(?:${speechVerbs})|(?:${speechVerbs})\\s+((?:[\\p{L}\\p{N}’'.-]+\\s*){1,6}))`, 'iu'),
    // "..., X said." after the claim.
    tail: sharedRegExp(`,\\s+((?:[\\p{L}\\p{N}’'.-]+\\s+){0,5}?[\\p{L}\\p{N}’'.-]+)\\s+(?:${speechVerbs}|${claimVerbs})\\s*[.!]?\\s*$`, 'iu'),
  };
}

/** Who states the claim: "according to X", "X said (that) ...", "“...,” X said". */
export function attributionSource(sentence: string, start: number, end: number, cues: ClaimCues): string | null {
  const tidy = (s: string) => s.trim().replace(/^(?:the|a|an)\s+/i, '').replace(/[“”"‘’,]+$/g, '').replace(cues.sourceTrailers, '').trim() || null;
  const acc = cues.accordingTo.exec(sentence);
  if (acc) return tidy(acc[1]!);
  // A claim that opens with the source's verb ("the UN classifies X as ..."): the verb belongs before it.
  const lead = cues.sources.lead.exec(sentence.slice(start));
  if (lead) start += lead[0].length;
  const statement = cues.statementSource.exec(sentence.slice(0, start));
  if (statement) return tidy(statement[1]!);
  // "X said that ..." before the claim.
  const before = sentence.slice(0, start);
  const spoke = cues.sources.before.exec(before);
  if (spoke && !/^(?:it|this|which|who|that)$/i.test(spoke[1]!.trim())) return tidy(spoke[1]!);
  // "“...,” X said." or "..., X said." after the claim.
  const after = sentence.slice(end);
  const quoted = cues.sources.quoted.exec(after);
  if (quoted) return tidy(quoted[1] ?? quoted[2]!);
  const tail = cues.sources.tail.exec(after);
  if (tail) return tidy(tail[1]!);
  return null;
}

/** Time bounds of a claim from its sentence: "from 2003 until 2022", "since 2011", "until 2019". */
export function timeBounds(sentence: string, cues: ClaimCues): { from: string | null; to: string | null } {
  const range = cues.timeRange.exec(sentence);
  if (range) return { from: range[1]!, to: range[2]! };
  return { from: cues.timeSince.exec(sentence)?.[1] ?? null, to: cues.timeUntil.exec(sentence)?.[1] ?? null };
}
