// Quoted speech: in "“We are focusing our efforts against the Syrian regime,” Shami said", the
// speaker's "we" and "our" are the speaker's group. Finds quotations with a named speaker and
// turns the first-person pronouns inside them into mentions of that speaker's group (known from
// the document's own leader_of / member_of claims, else from the knowledge base).
import type { LoadedKnowledge } from '../knowledge/index.ts';
import type { ActorKind } from '../ontology.ts';
import type { RelationClaim } from './types.ts';
import type { SlotMention } from './skeleton.ts';

export interface Speech { start: number; end: number; speaker: string; speakerText: string; group: string }

const QUOTE = /[“"]([^”"\n]{8,}?)[”"]/g;
const VERB = 'said|says|added|told|stated|wrote|explained|insisted|warned|declared|vowed';

export function findSpeeches(text: string, mentions: readonly SlotMention[], claims: readonly RelationClaim[],
  k: LoadedKnowledge, kindOf: ReadonlyMap<string, ActorKind>): Speech[] {
  const out: Speech[] = [];
  const persons = mentions.filter((m) => m.kind === 'person');
  for (const q of text.matchAll(QUOTE)) {
    const start = q.index, end = q.index + q[0].length;
    const after = persons.find((p) => p.start >= end && p.start <= end + 25
      && new RegExp(`^[\\s,]*(?:(?:${VERB})\\s+)?$`).test(text.slice(end, p.start))
      && (new RegExp(`^\\s*(?:${VERB})\\b`).test(text.slice(p.end, p.end + 12)) || new RegExp(`(?:${VERB})\\s*$`).test(text.slice(end, p.start))));
    const before = persons.find((p) => p.end <= start && p.end >= start - 40 && new RegExp(`^\\s+(?:${VERB})(?:\\s+[^:“"]{0,30})?[:,]?\\s*$`).test(text.slice(p.end, start)));
    const speaker = after ?? before;
    if (!speaker) continue;
    const group = groupOf(speaker.actor, claims, k, kindOf);
    if (group) out.push({ start, end, speaker: speaker.actor, speakerText: text.slice(speaker.start, speaker.end), group });
  }
  return out;
}

/** "we", "our", "us" inside a speech, as mentions of the speaker's group. */
export function speechMentions(text: string, speeches: readonly Speech[], kindOf: ReadonlyMap<string, ActorKind>): SlotMention[] {
  return speeches.flatMap((s) => [...text.slice(s.start, s.end).matchAll(/\b(?:we|our|us)\b/gi)].map((m) => ({
    actor: s.group, kind: kindOf.get(s.group)!, start: s.start + m.index, end: s.start + m.index + m[0].length, via: 'speaker',
  })));
}

function groupOf(person: string, claims: readonly RelationClaim[], k: LoadedKnowledge, kindOf: ReadonlyMap<string, ActorKind>): string | null {
  const stated = claims.find((c) => (c.type === 'leader_of' || c.type === 'member_of') && c.source === person && !c.negated);
  if (stated) return stated.target;
  const known = k.byId.get(person)?.facts.filter((f) => f.type === 'leader_of' || f.type === 'member_of')
    .sort((a, b) => (b.from ?? 0) - (a.from ?? 0)).find((f) => kindOf.has(f.target));
  return known?.target ?? null;
}
