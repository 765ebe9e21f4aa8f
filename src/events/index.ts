// Stage "events": events of the body's sentences, typed with ACLED's event and sub-event types.
// A rule of data/lexicon/event-rules.yaml matches the sentence skeleton; the event takes its
// initiators and targets from the rule's slots, the place named nearest the trigger, the date of
// the sentence (or of the two before it) and the death toll the sentence gives. One event told
// twice (same type and place, or same type, actors and date) is one event.
import type { DocActor } from '../actors/index.ts';
import type { Sentence } from '../text/index.ts';
import type { Section } from '../ingest/index.ts';
import { sectionKindAt } from '../ingest/index.ts';
import { kmBetween, type DocPlace } from '../places/index.ts';
import type { DateMention } from '../dates/index.ts';
import type { ActorKind } from '../ontology.ts';
import type { DebugLog } from '../debug.ts';
import { buildSkeleton, relativeClauseHead, slotsIn, withoutSources, type SlotMention } from '../relations/skeleton.ts';
import { appositive } from '../relations/index.ts';
import type { DocEvent, EventRule } from './types.ts';
import { fatalitiesIn, type EventCues } from './rules.ts';
import { startingWithin } from '../spans.ts';
import { allMatches } from '../relations/all-matches.ts';

export type { DocEvent, EventRule } from './types.ts';
export { fatalitiesIn, loadEventRules, loadEventCues, type EventCues } from './rules.ts';

export interface EventReader {
  rules: EventRule[];
  /** Death-toll patterns and the locative lead of places the gazetteer lacks (event-cues.yaml). */
  cues: EventCues;
  visibleTail: RegExp;
  /** The "according to ..." phrase of claim-cues.yaml: actors named in it are sources, not parties. */
  accordingTo: RegExp;
  /** Words that never name a place (months, common words, countries): for names the gazetteer lacks. */
  notPlaces: ReadonlySet<string>;
}

export function findEvents(text: string, sentences: readonly Sentence[], sections: readonly Section[], actors: readonly DocActor[],
  places: readonly DocPlace[], dates: readonly DateMention[], r: EventReader, log: DebugLog): DocEvent[] {
  const kindOf = new Map<string, ActorKind>(actors.map((a) => [a.key, a.kind]));
  const mentions: SlotMention[] = actors.flatMap((a) => a.mentions.filter((m) => m.section === 'body')
    .map((m) => ({ actor: a.key, kind: a.kind, start: m.start, end: m.end, via: m.via })));
  const placeMentions = places.flatMap((p) => p.mentions.filter((m) => m.section === 'body').map((m) => ({ place: p, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start);
  const events: DocEvent[] = [];
  const participants = new Map<DocEvent, Set<string>>();
  // Each sentence looks only at the mentions, places and dates near it (binary search): a
  // document of many sentences (a 10 MB line) must not cost sentences × mentions.
  const mentionsByStart = [...mentions].sort((a, b) => a.start - b.start);
  sentences.forEach((s, si) => {
    if (sectionKindAt(sections, s.start) !== 'body') return;
    const here = startingWithin(mentionsByStart, s.start, s.end);
    const placesHere = startingWithin(placeMentions, s.start, s.end);
    const datesNear = startingWithin(dates, sentences[Math.max(0, si - 2)]!.start, s.end);
    const skel = buildSkeleton(text, s.start, s.end, withoutSources(text, s.start, s.end, here, r.accordingTo), r.visibleTail);
    const sentence = text.slice(s.start, s.end);
    const done = new Set<string>();
    const told: Array<{ event: DocEvent; outcome: boolean; means: boolean; present: string[] }> = [];
    for (const rule of r.rules) {
      // The first rule of a sub-event type that reads the sentence speaks for it.
      if (done.has(rule.subEventType) || skel.slots.length < rule.minSlots || !rule.triggers.every((t) => t.test(skel.text))) continue;
      for (const m of allMatches(rule.pattern, skel.text)) {
        const g = m.groups ?? {};
        const who = (group: string | undefined) => [...new Set(slotsIn(group).filter((i, k) => k === 0 || !appositive(skel, i))
          .flatMap((i) => skel.slots[i]?.actors ?? []))].filter((a) => kindOf.get(a) !== 'person');
        // "... were killed by the rebels who took over the town": X is not who acted.
        const gap = g.X !== undefined ? m[0].slice(m[0].indexOf(g.X) + g.X.length) : '';
        // "ISWAP, which broke away from Boko Haram in 2016, has focused its attacks ...": ISWAP acted.
        const xAt = g.X !== undefined ? (m.index ?? 0) + m[0].indexOf(g.X) : -1;
        const head = xAt >= 0 ? relativeClauseHead(skel.text, xAt, (m.index ?? 0) + m[0].length) : null;
        const named = RELATIVE_OBJECT.test(gap) ? [] : head != null ? (skel.slots[head]?.actors ?? []).filter((a) => kindOf.get(a) !== 'person') : who(g.X);
        const targets = who(g.Y).filter((t) => !named.includes(t));
        const initiators = named;
        // "Clashes took place between A, operating under B, and C": the sentence's other
        // organisations and states took part; they become the initiators if no rule names one.
        const present = skel.slots.filter((sl, i) => !sl.modifier && !appositive(skel, i))
          .flatMap((sl) => sl.actors).filter((a) => kindOf.get(a) !== 'person' && !targets.includes(a));
        const at = skel.toRaw(g.X !== undefined ? m.index + m[0].indexOf(g.X) + g.X.length : m.index);
        const place = unlistedPlace(text, s, at, here, r.notPlaces, placesHere, r.cues.locative) ?? nearestPlace(placesHere, s, at);
        const date = dateOf(datesNear.filter((d) => !inRelativeClause(text, s, d.start)), sentences, si, at);
        // A told event has a place, or an actor and a date of its own sentence.
        if (!place && !(named.length && date?.own)) continue;
        done.add(rule.subEventType);
        const isState = named.some((a) => kindOf.get(a) === 'state');
        const event: DocEvent = {
          event_type: rule.eventType, sub_event_type: isState && rule.ifState ? rule.ifState : rule.subEventType,
          actors: initiators, targets,
          location: place ? { name: place.name, country: place.country, admin1: place.admin1, lat: place.lat, lon: place.lon } : null,
          date: date?.date ?? null, date_precision: date?.precision ?? null, fatalities: fatalitiesIn(sentence, r.cues),
          evidence: { start: s.start, end: s.end, text: sentence }, section: 'body', rule: rule.id,
        };
        log(`rule ${rule.id} ${event.sub_event_type} [${initiators.join(', ')}] -> [${targets.join(', ')}] at ${event.location?.name ?? '?'} on ${event.date ?? '?'}`);
        // "captured Palmyra and the Iraqi city of Ramadi": one event at each place listed.
        for (const where of [place, ...listedAfter(text, placesHere, s, place)]) {
          const one = where === place ? event : { ...event, actors: [...event.actors], targets: [...event.targets],
            location: where ? { name: where.name, country: where.country, admin1: where.admin1, lat: where.lat, lon: where.lon } : null };
          told.push({ event: one, outcome: rule.outcome, means: rule.means, present });
        }
      }
    }
    for (const t of withMeansOfOutcomes(told)) {
      const kept = merge(events, t.event);
      participants.set(kept, new Set([...(participants.get(kept) ?? []), ...t.present]));
    }
  });
  // Unnamed roles: in a battle the others named fought; in a bombing or an attack on civilians
  // they were hit ("an IED exploded under a patrol of the Iraqi army").
  for (const e of events) {
    const others = [...(participants.get(e) ?? [])].filter((a) => !e.targets.includes(a) && !e.actors.includes(a));
    const struck = e.event_type === 'Explosions/Remote violence' || e.event_type === 'Violence against civilians';
    if (!e.actors.length && !struck) e.actors = others;
    else if (!e.targets.length && !e.actors.length && struck) {
      // Forces hit by a bomb are its targets; a group named beside an attack on civilians carried it out.
      e.targets = others.filter((a) => kindOf.get(a) === 'state');
      e.actors = others.filter((a) => kindOf.get(a) !== 'state');
    }
  }
  return events;
}

/**
 * "The U.S. military killed a senior al-Shabaab commander in an airstrike": a killing told with
 * the means that caused it is one event of the means' type, with the killing's roles.
 */
function withMeansOfOutcomes<T extends { event: DocEvent; outcome: boolean; means: boolean }>(told: readonly T[]): T[] {
  const dropped = new Set<T>();
  // A battle told beside the killing ("clashed ... killing five amid shelling") owns the killing.
  if (told.some((t) => !t.outcome && t.event.event_type === 'Battles')) return [...told];
  for (const o of told) {
    if (!o.outcome) continue;
    const means = told.find((t) => t !== o && t.means && !dropped.has(t)
      && (t.event.location?.name ?? null) === (o.event.location?.name ?? null));
    if (!means) continue;
    const e = means.event;
    if (!e.actors.length || e.actors.every((a) => o.event.targets.includes(a))) e.actors = [...o.event.actors];
    e.targets = [...new Set([...e.targets, ...o.event.targets])].filter((a) => !e.actors.includes(a));
    e.fatalities ??= o.event.fatalities;
    dropped.add(o);
  }
  return told.filter((t) => !dropped.has(t));
}

/**
 * A place the gazetteer lacks, named after a locative word right after the trigger ("clashes
 * took place ... in Sosa in southern Deir-ez-Zor"): kept by name, without coordinates, when it
 * is no actor's name and no common word, and no known place comes first.
 */
function unlistedPlace(text: string, s: Sentence, at: number, mentions: readonly SlotMention[], notPlaces: ReadonlySet<string>,
  known: ReadonlyArray<{ place: DocPlace; start: number }>, locativeCue: RegExp): DocPlace | null {
  const locative = new RegExp(locativeCue);
  const slice = text.slice(at, s.end);
  for (let m = locative.exec(slice); m; m = locative.exec(slice)) {
    const name = m[1]!.replace(/[\s-]+$/, '');
    const start = at + m.index + m[0].length - m[1]!.length, end = start + name.length;
    if (known.some((k) => k.start >= at && k.start <= start)) return null;
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
    if (notPlaces.has(name.toLowerCase()) || notPlaces.has(name.split(/[\s-]/)[0]!.toLowerCase())) continue;
    return { name, kind: 'populated_place', country: null, admin1: null, lat: null, lon: null, source: 'locative', mentions: [] };
  }
  return null;
}

/** A date inside ", which broke away ... in 2018," dates the clause, not the event. */
function inRelativeClause(text: string, s: Sentence, at: number): boolean {
  const sentence = text.slice(s.start, s.end);
  for (const m of sentence.matchAll(/,\s*(?:which|who)\b[^,]*,/g)) if (s.start + m.index <= at && at < s.start + m.index + m[0].length) return true;
  return false;
}

const RELATIVE_OBJECT = /\b(?:by|of|from|against|with|to)\s+(?:the\s+)?[a-z]+\s+(?:who|which|that)\b/i;

/** Places listed right after the event's place ("Palmyra and the Iraqi city of Ramadi"). */
function listedAfter(text: string, ps: ReadonlyArray<{ place: DocPlace; start: number; end: number }>, s: Sentence, first: DocPlace | null): DocPlace[] {
  if (!first) return [];
  const out: DocPlace[] = [];
  let last = ps.find((p) => p.place === first && p.start >= s.start && p.end <= s.end);
  while (last) {
    const next = ps.find((p) => p.start >= last!.end && p.end <= s.end && p.place !== first && !out.includes(p.place));
    if (!next || !/^(?:,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+)(?:the\s+)?(?:[\w-]+\s+){0,3}?$/i.test(text.slice(last.end, next.start))) break;
    out.push(next.place);
    last = next;
  }
  return out;
}

/** The place named in the sentence nearest after the trigger, else the last one before it. */
function nearestPlace(ps: ReadonlyArray<{ place: DocPlace; start: number; end: number }>, s: Sentence, at: number): DocPlace | null {
  const inside = ps.filter((p) => p.start >= s.start && p.end <= s.end);
  return (inside.find((p) => p.start >= at) ?? inside.filter((p) => p.end <= at).pop())?.place ?? null;
}

/** The date of the sentence nearest the trigger, else the last date of the two sentences before. */
function dateOf(dates: readonly DateMention[], sentences: readonly Sentence[], si: number, at: number): (DateMention & { own: boolean }) | null {
  const s = sentences[si]!;
  // "from 2003 until 2022", "since late November": spans of time, not the date of an event.
  const inside = dates.filter((d) => d.start >= s.start && d.end <= s.end && !/^(?:from|since|until|till|between|through)\b/i.test(d.text));
  if (inside.length) return { ...inside.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a)), own: true };
  for (let k = si - 1; k >= Math.max(0, si - 2); k--) {
    const p = sentences[k]!;
    const before = dates.filter((d) => d.start >= p.start && d.end <= p.end);
    if (before.length) return { ...before[before.length - 1]!, own: false };
  }
  return null;
}

/** Places this close are one battlefield (Zahra and Nubl; a village and its town). */
const SAME_PLACE_KM = 30;

/**
 * Adds an event, or folds it into the same event told before: same sub-event type, and nothing
 * that tells them apart (places within 30 km or one unknown; a shared actor or one without;
 * the same date or one unknown).
 */
function merge(events: DocEvent[], e: DocEvent): DocEvent {
  const same = events.find((o) => o.sub_event_type === e.sub_event_type
    && (!o.location || !e.location || o.location.name === e.location.name || kmBetween(o.location, e.location) <= SAME_PLACE_KM)
    && (!o.actors.length || !e.actors.length || o.actors.some((a) => e.actors.includes(a)))
    && (!o.date || !e.date || o.date.startsWith(e.date) || e.date.startsWith(o.date))
    && (!!o.location || !!e.location || o.actors.some((a) => e.actors.includes(a))));
  if (!same) { events.push(e); return e; }
  if (!same.location || (e.location && e.date && !same.date)) same.location = e.location ?? same.location;
  same.actors = [...new Set([...same.actors, ...e.actors])];
  same.targets = [...new Set([...same.targets, ...e.targets])].filter((t) => !same.actors.includes(t));
  same.date ??= e.date;
  same.date_precision ??= e.date_precision;
  same.fatalities ??= e.fatalities;
  return same;
}

