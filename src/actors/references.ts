// Resolves "the group", "the organization", "the coalition", "both groups", "the two groups" to
// the actors they refer back to: the document's main actor if it is among the organisations
// named in this or the two sentences before, else the first one (the subject) of the nearest
// such sentence; "both groups" takes the last two named. Names used as modifiers ("al Qaeda's
// affiliate", "al Qaeda-affiliated") are not antecedents.
import type { ActorKind } from '../ontology.ts';
import type { Sentence } from '../text/index.ts';
import { sentenceAt, sharedRegExp } from '../text/index.ts';

export interface Antecedent { actor: string; kind: ActorKind; start: number; end: number; modifier: boolean }
export interface ResolvedReference { actors: string[]; start: number; end: number; text: string }

export interface ReferencePatterns { singular: RegExp; plural: RegExp; pronoun: RegExp; kinds: Map<string, ActorKind[]> }

export function compileReferencePatterns(nouns: Map<string, ActorKind[]>, plural: string[]): ReferencePatterns {
  const alt = (xs: string[]) => xs.sort((a, b) => b.length - a.length).map((x) => x.replace(/ /g, '\\s+')).join('|');
  return {
    // Not "the only group operating in Idlib that ...": a description, not a reference back.
    singular: sharedRegExp(`\\b(?:[Tt]he|[Tt]his|[Tt]hat)\\s+(?!(?:only|first|largest|biggest|smallest|main|dominant|leading|most|next|new)\\b)(?:[A-Za-z][a-z-]*\\s+){0,2}?(${alt([...nouns.keys()])})\\b(?!\\s+(?:of|known|called|named|that|which|who|[a-z]+ing|in|on|at|from|with|[A-Z]))`, 'g'),
    plural: sharedRegExp(`\\b(?:[Bb]oth|[Tt]he\\s+two|[Tt]hese\\s+two|[Tt]he\\s+three)\\s+(?:[a-z][a-z-]*\\s+)?(?:${alt(plural)})\\b|\\b(?:[Bb]oth|[Tt]he\\s+two)\\s+(?=(?:have|had|are|were|claimed|said|released|[a-z]+ed)\\b)`, 'g'),
    // "It began operations against ...", "It also operated in Iraq": a sentence that opens with "It"
    // and a verb of action (not the "It is"/"It was" of an expletive).
    pronoun: /(?:^|(?<=[.!?]["”]?\s+)|(?<=\n))(?:Until \d{4}, |In \d{4}, |Since \d{4}, )?(It)\s+(?=(?:also\s+|then\s+|later\s+|has\s+|had\s+|still\s+)?(?!is\b|was\b|has been\b|had been\b|seems\b|appears\b|remains\b|took\b)[a-z]+(?:ed|s)?\b)/g,
    kinds: nouns,
  };
}

export function resolveReferences(text: string, sentences: readonly Sentence[], antecedents: readonly Antecedent[],
  topic: string | null, p: ReferencePatterns): ResolvedReference[] {
  const out: ResolvedReference[] = [];
  const bySentence = new Map<number, Antecedent[]>();
  for (const a of antecedents) {
    if (a.kind === 'person' || a.kind === 'state' || a.modifier) continue;
    const s = sentenceAt(sentences, a.start);
    if (s < 0) continue;
    const list = bySentence.get(s) ?? [];
    list.push(a);
    bySentence.set(s, list);
  }
  for (const list of bySentence.values()) list.sort((a, b) => a.start - b.start);
  const window = (at: number): Antecedent[][] => {
    const s = sentenceAt(sentences, at);
    if (s < 0) return [];
    return [s, s - 1, s - 2].filter((k) => k >= 0).map((k) => (bySentence.get(k) ?? []).filter((a) => a.end <= at));
  };
  /** For "both groups": further back, up to six sentences, until two organisations are found. */
  const wideWindow = (at: number): Antecedent[][] => {
    const s = sentenceAt(sentences, at);
    if (s < 0) return [];
    return Array.from({ length: 12 }, (_, d) => s - d).filter((k) => k >= 0).map((k) => (bySentence.get(k) ?? []).filter((a) => a.end <= at));
  };
  // In text order, so that a reference resolved once is an antecedent for the next one
  // ("Some of the organization's cadres ..., but much of the group remained ...").
  const pronouns = [...text.matchAll(p.pronoun)].map((m) => {
    const at = m.index + m[0].lastIndexOf(m[1]!);
    const fake = Object.assign([m[1]!, 'group'], { index: at, input: text }) as unknown as RegExpMatchArray;
    return { m: fake as RegExpMatchArray & { index: number }, plural: false };
  });
  const found = [
    ...[...text.matchAll(p.singular)].map((m) => ({ m, plural: false })),
    ...[...text.matchAll(p.plural)].map((m) => ({ m, plural: true })),
    ...pronouns,
  ].sort((a, b) => a.m.index - b.m.index);
  for (const { m, plural } of found) {
    const phrase = m[0].trimEnd();
    let actors: string[] = [];
    if (plural) {
      for (const a of wideWindow(m.index).flat().sort((x, y) => y.start - x.start)) {
        if (!actors.includes(a.actor)) actors.push(a.actor);
        if (actors.length === 2) break;
      }
      actors = actors.length === 2 ? actors.reverse() : [];
    } else {
      const kinds = p.kinds.get(m[1]!.toLowerCase().replace(/\s+/g, ' ')) ?? [];
      const groups = window(m.index).map((g) => g.filter((a) => kinds.includes(a.kind)));
      const all = groups.flat();
      if (all.length) actors = [topic && all.some((a) => a.actor === topic) ? topic : groups.find((g) => g.length)![0]!.actor];
    }
    if (!actors.length) continue;
    out.push({ actors, start: m.index, end: m.index + phrase.length, text: phrase });
    const s = sentenceAt(sentences, m.index);
    const kind = antecedents.find((a) => a.actor === actors[0])?.kind ?? 'armed_group';
    if (s >= 0) {
      const list = bySentence.get(s) ?? [];
      for (const actor of actors) list.push({ actor, kind, start: m.index, end: m.index + phrase.length, modifier: false });
      list.sort((a, b) => a.start - b.start);
      bySentence.set(s, list);
    }
  }
  return out;
}
