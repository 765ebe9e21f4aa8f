// Stage "relations": reads typed relation claims from the body's sentences. Each sentence is
// turned into a skeleton of actor slots; the rules of data/lexicon/relation-rules.yaml match it;
// each match gives claims with their negation, certainty, time bounds, evidence and rule id.
// Descriptions add the claims they state ("Baghdadi's organization": he leads it).
import type { LoadedKnowledge } from '../knowledge/index.ts';
import type { DocActor } from '../actors/index.ts';
import type { Sentence } from '../text/index.ts';
import type { Section } from '../ingest/index.ts';
import { sectionKindAt } from '../ingest/index.ts';
import { RELATION_SIGNATURES, type ActorKind, type RelationType } from '../ontology.ts';
import type { DebugLog } from '../debug.ts';
import type { ClaimCues, RelationClaim, RelationRule } from './types.ts';
import { buildSkeleton, relativeClauseHead, slotsIn, withoutSources, type Skeleton, type SlotMention } from './skeleton.ts';
import { certaintyOf, isNegated, timeBounds } from './qualifiers.ts';
import { findSpeeches, speechMentions, type Speech } from './quoted-speech.ts';
import { startingWithin } from '../spans.ts';
import { allMatches } from './all-matches.ts';

export type { RelationClaim, RelationRule, ClaimCues } from './types.ts';
export { loadRelationRules, loadClaimCues, loadMemberNouns, compilePattern, compileTriggers } from './rules.ts';
export { requiredSlots } from './rule-trigger.ts';

export interface RelationReader {
  knowledge: LoadedKnowledge;
  /** Last words of a state's name that say what it did ("U.S. airstrike"): left visible to the rules. */
  visibleTail: RegExp;
  rules: RelationRule[];
  cues: ClaimCues;
}

export function findRelations(text: string, sentences: readonly Sentence[], sections: readonly Section[],
  actors: readonly DocActor[], r: RelationReader, log: DebugLog): RelationClaim[] {
  const kindOf = new Map(actors.map((a) => [a.key, a.kind]));
  const mentions: SlotMention[] = actors.flatMap((a) => a.mentions.filter((m) => m.section === 'body')
    .map((m) => ({ actor: a.key, kind: a.kind, start: m.start, end: m.end, via: m.via })));
  const mentionsByStart = [...mentions].sort((a, b) => a.start - b.start);
  const claims: RelationClaim[] = [];
  const seen = new Set<string>();
  const emit = (c: RelationClaim) => {
    const key = `${c.type}|${c.source}|${c.target}|${c.negated}|${c.certainty}`;
    if (c.source === c.target || seen.has(key) || !fits(c.type, kindOf.get(c.source), kindOf.get(c.target))) return;
    seen.add(key);
    log(`rule ${c.rule} ${c.negated ? 'NOT ' : ''}${c.type}(${c.source}, ${c.target}) ${c.certainty}`);
    claims.push(c);
  };

  // Each sentence reads only its own mentions, found by binary search: a document of many
  // sentences (a 10 MB line) must not cost sentences × mentions.
  const read = (all: readonly SlotMention[], speeches: readonly Speech[] = []) => {
    const order = new Map(all.map((m, i) => [m, i]));
    const byStart = [...all].sort((a, b) => a.start - b.start);
    sentences.forEach((s, si) => readSentence(s, si, startingWithin(byStart, s.start, s.end).sort((a, b) => order.get(a)! - order.get(b)!), speeches));
  };
  const readSentence = (s: Sentence, si: number, ms: readonly SlotMention[], speeches: readonly Speech[]) => {
    if (sectionKindAt(sections, s.start) !== 'body') return;
    const speech = speeches.find((q) => q.start < s.end && s.start < q.end);
    if (speeches.length && !speech) return;
    const skel = buildSkeleton(text, s.start, s.end, withoutSources(text, s.start, s.end, ms, r.cues.accordingTo), r.visibleTail);
    if (!skel.slots.length) return;
    const sentence = text.slice(s.start, s.end);
    const its = (at: number) => antecedent(mentionsByStart, sentences, si, s.start + at, kindOf);
    for (const rule of r.rules) {
      if (skel.slots.length < rule.minSlots || !rule.triggers.every((t) => t.test(skel.text))) continue;
      for (const m of allMatches(rule.pattern, skel.text)) {
        // "X ... because it feared ...": the claim's subject is no longer X.
        if (r.cues.subjectChange.test(between(m, skel))) continue;
        for (const c of readMatch(m, rule, skel, its)) {
          const rawStart = skel.toRaw(m.index) - s.start, rawEnd = skel.toRaw(m.index + m[0].length) - s.start;
          const negated = isNegated(m[0], r.cues) || r.cues.deniedAfter.test(sentence.slice(rawEnd));
          const denial = !isNegated(m[0], r.cues) && negated;
          const certain = speech ? { certainty: 'attributed' as const, attributedTo: speech.speakerText }
            : denial ? { certainty: 'asserted' as const, attributedTo: null }
            : rule.background ? certaintyOf(sentence.slice(rawStart, rawEnd), 0, rawEnd - rawStart, r.cues)
            : selfReport(certaintyOf(sentence, rawStart, rawEnd, r.cues), c[0], kindOf, sentence, s.start, startingWithin(mentionsByStart, s.start, s.end));
          const time = timeBounds(rule.background ? sentence.slice(rawStart, rawEnd) : sentence, r.cues);
          const base: RelationClaim = {
            type: rule.type, source: c[0], target: c[1], negated, certainty: certain.certainty, attributed_to: certain.attributedTo,
            valid_from: time.from, valid_to: time.to, evidence: { start: s.start, end: s.end, text: sentence }, section: 'body', rule: rule.id,
          };
          emit(base);
          if (!negated && r.cues.ellipticDenial.test(skel.text.slice(m.index + m[0].length))) emit({ ...base, negated: true, rule: `${rule.id}+elliptic_denial` });
        }
      }
    }
    if (!speeches.length) for (const c of descriptionClaims(text, s, ms, kindOf)) emit(c);
  };
  read(mentions);
  // Quoted speech: the speaker's "we" is the speaker's group.
  const speeches = findSpeeches(text, mentions, claims, r.knowledge, kindOf);
  if (speeches.length) read([...mentions, ...speechMentions(text, speeches, kindOf)], speeches);
  return claims.flatMap((c) => {
    const target = pledgeTarget(c, r.knowledge, kindOf);
    return target && target !== c.source && !claims.some((o) => o !== c && o.type === c.type && o.source === c.source && o.target === target && o.negated === c.negated) ? [{ ...c, target }] : target === c.target ? [c] : [];
  });
}

/** The words between a match's two slots (the whole match for single-slot rules). */
function between(m: RegExpMatchArray, skel: Skeleton): string {
  const g = m.groups ?? {};
  const a = g.X ?? g.ITS, b = g.Y;
  if (a === undefined || b === undefined) return '';
  const ia = m[0].indexOf(a), ib = m[0].lastIndexOf(b);
  return ia < ib ? m[0].slice(ia + a.length, ib) : m[0].slice(ib + b.length, ia);
}

/** The [source, target] pairs of one match. */
function readMatch(m: RegExpMatchArray, rule: RelationRule, skel: Skeleton, its: (at: number) => string | null): Array<[string, string]> {
  const actorsOf = (idx: number[]) => idx.filter((i, k) => k === 0 || !appositive(skel, i)).flatMap((i) => skel.slots[i]?.actors ?? []);
  const g = m.groups ?? {};
  const xAt = g.X !== undefined ? (m.index ?? 0) + m[0].indexOf(g.X) : -1;
  const head = xAt >= 0 && !rule.swap ? relativeClauseHead(skel.text, xAt, (m.index ?? 0) + m[0].length) : null;
  let xs = head != null ? skel.slots[head]?.actors ?? [] : actorsOf(slotsIn(g.X));
  // "fighting the al-Qaeda affiliate": the object is the affiliate, not al-Qaeda.
  const between = rule.type === 'hostile_to' || rule.type === 'allied_with' || rule.type === 'supported_by';
  const ys = actorsOf(slotsIn(g.Y).filter((i) => !(between && describesAnother(skel, i)) && !(rule.type === 'member_of' && namesAnActivity(skel, i))));
  if (g.ITS !== undefined) {
    const a = its((m.index ?? 0) + m[0].indexOf(g.ITS));
    xs = a ? [a] : [];
  }
  const out: Array<[string, string]> = [];
  if (rule.pairwise) {
    for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) out.push([xs[i]!, xs[j]!]);
    return out;
  }
  for (const x of xs) for (const y of ys) out.push(rule.swap ? [y, x] : [x, y]);
  return out;
}

const SLOT_MARKS: RegExp[] = [];

/** The pattern of slot n's mark in a skeleton ("⟪3⟫" or "⟦3⟧"), made once per n. */
function slotMark(slot: number): RegExp {
  return SLOT_MARKS[slot] ??= new RegExp(`[⟪⟦]${slot}[⟫⟧]`);
}

/** "joined the government offensive": the name qualifies an activity, which is what was joined. */
function namesAnActivity(skel: Skeleton, slot: number): boolean {
  const mark = slotMark(slot).exec(skel.text);
  return !!mark && /^(?:[’']s)?\s+(?:offensive|operations?|campaign|assault|battle|fight|war|talks|effort|push|counteroffensive)\b/i.test(skel.text.slice(mark.index + mark[0].length, mark.index + mark[0].length + 30));
}

/** A name that only qualifies the noun after it: "the ⟪al-Qaeda⟫ affiliate", "⟪Russia⟫'s proxies". */
function describesAnother(skel: Skeleton, slot: number): boolean {
  const mark = slotMark(slot).exec(skel.text);
  if (!mark) return false;
  return /^(?:[’']s)?\s+(?:\S+\s+)?(?:affiliate|branch|franchise|offshoot|wing|arm|leadership|proxy|proxies|allies|ally|loyalists)\b/i.test(skel.text.slice(mark.index + mark[0].length, mark.index + mark[0].length + 40));
}

/** A slot set off by a comma and followed by a noun that describes the name before it: "Hurras al-Din, the al-Qaeda affiliate". */
export function appositive(skel: Skeleton, slot: number): boolean {
  const mark = slotMark(slot).exec(skel.text);
  if (!mark) return false;
  const before = skel.text.slice(Math.max(0, mark.index - 20), mark.index);
  const after = skel.text.slice(mark.index + mark[0].length, mark.index + mark[0].length + 40);
  return /,\s*(?:the|an?|another)?\s*$/i.test(before) && !/\band\s+(?:the\s+)?$/i.test(before)
    && /^(?:[’']s)?\s+(?:\S+\s+)?(?:affiliate|branch|franchise|offshoot|wing|arm|group|organi[sz]ation|faction|coalition|alliance|umbrella|leader|commander|founder|spokesman|official|ideologue)\b/i.test(after);
}

/** The organisation "its" stands for: the last one named before it in the sentence, else the first of the sentence before. */
function antecedent(byStart: readonly SlotMention[], sentences: readonly Sentence[], si: number, at: number,
  kindOf: ReadonlyMap<string, ActorKind>): string | null {
  const org = (m: SlotMention) => { const k = kindOf.get(m.actor); return k !== 'person' && k !== 'state'; };
  const s = sentences[si]!;
  const here = startingWithin(byStart, s.start, at).filter((m) => m.end <= at && org(m)).sort((a, b) => b.start - a.start);
  if (here[0]) return here[0].actor;
  for (let k = si - 1; k >= Math.max(0, si - 2); k--) {
    const p = sentences[k]!;
    const first = startingWithin(byStart, p.start, p.end).filter((m) => m.end <= p.end && org(m))[0];
    if (first) return first.actor;
  }
  return null;
}

/** Descriptions state a relation: "Baghdadi's organization" (he leads it), "al Qaeda's branch in Syria" (an affiliate). */
function descriptionClaims(text: string, s: Sentence, mentions: readonly SlotMention[], kindOf: ReadonlyMap<string, ActorKind>): RelationClaim[] {
  const out: RelationClaim[] = [];
  for (const d of mentions) {
    if (d.via !== 'description' || d.start < s.start || d.end > s.end) continue;
    const inner = mentions.find((m) => m !== d && m.via !== 'description' && m.start >= d.start && m.end <= d.end);
    if (!inner) continue;
    const type: RelationType = kindOf.get(inner.actor) === 'person' ? 'leader_of' : 'affiliate_of';
    const [source, target] = type === 'leader_of' ? [inner.actor, d.actor] : [d.actor, inner.actor];
    out.push({ type, source, target, negated: false, certainty: 'asserted', attributed_to: null, valid_from: null, valid_to: null,
      evidence: { start: s.start, end: s.end, text: text.slice(s.start, s.end) }, section: 'body', rule: `description.${type}` });
  }
  return out;
}

/**
 * A state's own account of its own action ("..., according to U.S. Central Command") counts as
 * asserted: a state acknowledging its operation confirms it. A group's claims stay attributed.
 */
function selfReport(c: { certainty: RelationClaim['certainty']; attributedTo: string | null }, source: string,
  kindOf: ReadonlyMap<string, ActorKind>, sentence: string, offset: number, mentions: readonly SlotMention[]) {
  if (c.certainty !== 'attributed' || !c.attributedTo || kindOf.get(source) !== 'state') return c;
  const at = sentence.indexOf(c.attributedTo);
  if (at < 0) return c;
  const from = offset + at, to = from + c.attributedTo.length;
  const own = mentions.some((m) => m.actor === source && m.start < to && from < m.end);
  return own ? { certainty: 'asserted' as const, attributedTo: null } : c;
}

function fits(type: RelationType, source: ActorKind | undefined, target: ActorKind | undefined): boolean {
  const sig = RELATION_SIGNATURES[type];
  return !!source && !!target && sig.source.includes(source) && sig.target.includes(target);
}

/**
 * Allegiance pledged to a person is allegiance to the group that person leads, when the document
 * names that group; otherwise the pledge stays with the person (bay'ah is sworn to an emir).
 */
function pledgeTarget(c: RelationClaim, k: LoadedKnowledge, kindOf: ReadonlyMap<string, ActorKind>): string | null {
  if (c.type !== 'pledged_allegiance_to' || kindOf.get(c.target) !== 'person') return c.target;
  const led = k.byId.get(c.target)?.facts.filter((f) => f.type === 'leader_of').map((f) => f.target).find((t) => kindOf.has(t));
  return led ?? c.target;
}
