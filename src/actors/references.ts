// Resolves "the group", "the organization", "the coalition", "both groups", "the two groups" to
// the actors they refer back to: the document's main actor if it is among the organisations
// named in this or the two sentences before, else the first one (the subject) of the nearest
// such sentence; "both groups" takes the last two named. Names used as modifiers ("al Qaeda's
// affiliate", "al Qaeda-affiliated") are not antecedents.
import type { ActorKind } from '../ontology.ts';
import type { Sentence } from '../text/index.ts';
import { sentenceAt } from '../text/index.ts';

export interface Antecedent { actor: string; kind: ActorKind; start: number; end: number; modifier: boolean }
export interface ResolvedReference { actors: string[]; start: number; end: number; text: string }

export interface ReferencePatterns { singular: RegExp; plural: RegExp; kinds: Map<string, ActorKind[]> }

export function compileReferencePatterns(nouns: Map<string, ActorKind[]>, plural: string[]): ReferencePatterns {
  const alt = (xs: string[]) => xs.sort((a, b) => b.length - a.length).map((x) => x.replace(/ /g, '\\s+')).join('|');
  return {
    singular: new RegExp(`\\b(?:[Tt]he|[Tt]his|[Tt]hat)\\s+(?:[a-z][a-z-]*\\s+){0,2}?(${alt([...nouns.keys()])})\\b(?!\\s+(?:of|known|called|named|that|which|who|[A-Z]))`, 'g'),
    plural: new RegExp(`\\b(?:[Bb]oth|[Tt]he\\s+two|[Tt]hese\\s+two|[Tt]he\\s+three)\\s+(?:[a-z][a-z-]*\\s+)?(?:${alt(plural)})\\b|\\b(?:[Bb]oth|[Tt]he\\s+two)\\s+(?=(?:have|had|are|were|claimed|said|released)\\b)`, 'g'),
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
  for (const m of text.matchAll(p.singular)) {
    const kinds = p.kinds.get(m[1]!.toLowerCase().replace(/\s+/g, ' ')) ?? [];
    const groups = window(m.index).map((g) => g.filter((a) => kinds.includes(a.kind)));
    const all = groups.flat();
    if (!all.length) continue;
    const pick = topic && all.some((a) => a.actor === topic) ? topic : groups.find((g) => g.length)![0]!.actor;
    out.push({ actors: [pick], start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  for (const m of text.matchAll(p.plural)) {
    const seen: string[] = [];
    for (const a of window(m.index).flat().sort((x, y) => y.start - x.start)) {
      if (!seen.includes(a.actor)) seen.push(a.actor);
      if (seen.length === 2) break;
    }
    if (seen.length === 2) out.push({ actors: seen.reverse(), start: m.index, end: m.index + m[0].trimEnd().length, text: m[0].trimEnd() });
  }
  return out;
}
