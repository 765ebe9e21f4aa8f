// The skeleton of a sentence: its text with every actor mention replaced by a numbered slot,
// "⟪n⟫" (or "⟦n⟧" for a name used as a modifier, "al Qaeda" in "al Qaeda-affiliated"), so that
// relation rules can be written over "{X} attacked {Y}". Offsets map back to the text.
import type { ActorKind } from '../ontology.ts';

export interface SlotMention { actor: string; kind: ActorKind; start: number; end: number; via: string }

export interface Slot {
  start: number;
  end: number;
  actors: string[];
  kinds: ActorKind[];
  modifier: boolean;
}

export interface Skeleton {
  text: string;
  slots: Slot[];
  /** Raw offset of a skeleton position. */
  toRaw(at: number): number;
}

/**
 * `visibleTail` names the last words of a slot that stay words of the skeleton ("⟪0⟫ airstrike"
 * for "U.S. airstrike"), so that rules can read what the actor did.
 */
export function buildSkeleton(text: string, from: number, to: number, mentions: readonly SlotMention[], visibleTail?: RegExp): Skeleton {
  const inside = mentions.filter((m) => m.start >= from && m.end <= to);
  const slots = choose(groupBySpan(inside));
  if (visibleTail) for (const s of slots) {
    const tail = visibleTail.exec(text.slice(s.start, s.end));
    if (tail && tail.index > 0) s.end = s.start + tail.index;
  }
  mergeParentheticals(text, slots);
  for (const s of slots) s.modifier = /^[-‐–]\p{L}/u.test(text.slice(s.end, s.end + 2));

  let skel = '';
  const map: Array<[number, number]> = []; // [skeleton offset, raw offset] at each piece start
  let at = from;
  slots.forEach((s, i) => {
    map.push([skel.length, at]);
    skel += text.slice(at, s.start);
    map.push([skel.length, s.start]);
    skel += s.modifier ? `⟦${i}⟧` : `⟪${i}⟫`;
    at = s.end;
  });
  map.push([skel.length, at]);
  skel += text.slice(at, to);
  const toRaw = (pos: number): number => {
    let best = map[0]!;
    for (const m of map) if (m[0] <= pos) best = m; else break;
    const slotAt = slots.findIndex((s) => s.start === best[1]);
    return slotAt >= 0 && pos > best[0] ? slots[slotAt]!.end : best[1] + (pos - best[0]);
  };
  return { text: skel, slots, toRaw };
}

/** The slot indexes a matched group of the skeleton holds ("⟪1⟫ and ⟪3⟫" gives [1, 3]). */
export function slotsIn(group: string | undefined): number[] {
  return group ? [...group.matchAll(/[⟪⟦](\d+)[⟫⟧]/g)].map((m) => Number(m[1])) : [];
}

function groupBySpan(ms: readonly SlotMention[]): Array<Slot & { via: string }> {
  const bySpan = new Map<string, Slot & { via: string }>();
  for (const m of ms) {
    const key = `${m.start}:${m.end}`;
    const s = bySpan.get(key) ?? { start: m.start, end: m.end, actors: [], kinds: [], modifier: false, via: m.via };
    if (!s.actors.includes(m.actor)) { s.actors.push(m.actor); s.kinds.push(m.kind); }
    bySpan.set(key, s);
  }
  return [...bySpan.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Overlapping mentions: a description ("Baghdadi's organization") stands for its actor when the
 * name inside it is a person; otherwise the names inside it are the slots ("al Qaeda" in "al
 * Qaeda's official branch in Syria").
 */
function choose(spans: Array<Slot & { via: string }>): Slot[] {
  const out: Slot[] = [];
  for (const s of spans) {
    const inner = spans.filter((o) => o !== s && o.start >= s.start && o.end <= s.end);
    const outer = spans.find((o) => o !== s && o.start <= s.start && o.end >= s.end && (o.end - o.start) > (s.end - s.start));
    if (s.via === 'description' && inner.some((o) => !o.kinds.includes('person'))) continue;
    if (outer && outer.via === 'description' && s.kinds.includes('person')) continue;
    if (outer && outer.via !== 'description') continue;
    if (out.some((o) => o.start < s.end && s.start < o.end)) continue;
    out.push({ start: s.start, end: s.end, actors: s.actors, kinds: s.kinds, modifier: false });
  }
  return out;
}

/** "Hurras al-Din (HAD)", "the Turkistan Islamic Party (TIP)": one slot. */
function mergeParentheticals(text: string, slots: Slot[]): void {
  for (let i = 0; i + 1 < slots.length; i++) {
    const a = slots[i]!, b = slots[i + 1]!;
    if (/^\s*\(\s*$/.test(text.slice(a.end, b.start)) && text[b.end] === ')' && b.actors.every((x) => a.actors.includes(x))) {
      a.end = b.end + 1;
      slots.splice(i + 1, 1);
    }
  }
}

/**
 * The mentions of a sentence minus those inside its "according to ..." phrase: the source of a
 * report is not a party to what it reports ("According to the Pentagon, al-Shabaab attacked ...").
 */
export function withoutSources(text: string, from: number, to: number, mentions: readonly SlotMention[], accordingTo: RegExp): SlotMention[] {
  const m = accordingTo.exec(text.slice(from, to));
  if (!m) return [...mentions];
  const a = from + m.index, b = a + m[0].length;
  return mentions.filter((x) => x.end <= a || x.start >= b);
}

/**
 * The subject of a clause whose first actor sits in a relative clause: in "ISWAP, which broke
 * away from Boko Haram in 2016, attacked ...", the actor nearest the verb is Boko Haram but the
 * subject is ISWAP. Given the skeleton offset of the slots found before the verb and of the verb,
 * returns the slot that opens the relative clause, or null.
 */
export function relativeClauseHead(skel: string, slotsStart: number, verbAt: number): number | null {
  const before = skel.slice(Math.max(0, slotsStart - 200), slotsStart);
  // "X, which broke away from Y, ..." and "X, a rival of Y, ...": Y sits in X's clause; so does
  // it in "X rebels, who are backed by Y, ...".
  const head = /[⟪⟦](\d+)[⟫⟧](?:\s+\p{Ll}+)?(?:\s*\([^)]*\))?,\s*(?:which|who|an?|the|another)\b[^⟪⟦,]*$/u.exec(before);
  if (!head) return null;
  return skel.slice(slotsStart, verbAt).includes(',') ? Number(head[1]) : null;
}
