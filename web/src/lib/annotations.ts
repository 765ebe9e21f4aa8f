// Turns a document's extraction into flat, typed spans for the Reader: one per actor mention,
// place mention, date, relation evidence and event evidence, plus the body/boilerplate/comment sections.
import type { DocumentFull } from '../api.ts';

type Extraction = DocumentFull['extraction'];
export type Actor = Extraction['actors'][number];
export type Place = Extraction['places'][number];
export type Relation = Extraction['relations'][number];
export type DocEvent = Extraction['events'][number];
export type DateSpan = NonNullable<Extraction['dates']>[number];

export const LAYERS = ['event', 'relation', 'date', 'place', 'actor'] as const;
export type Layer = (typeof LAYERS)[number];

export type Annotation =
  | { id: string; layer: 'actor'; start: number; end: number; text: string; section: string; actor: Actor }
  | { id: string; layer: 'place'; start: number; end: number; text: string; place: Place }
  | { id: string; layer: 'date'; start: number; end: number; text: string; date: DateSpan }
  | { id: string; layer: 'relation'; start: number; end: number; text: string; relation: Relation }
  | { id: string; layer: 'event'; start: number; end: number; text: string; event: DocEvent };

export type SectionKind = 'body' | 'boilerplate' | 'comment';
export interface SectionSpan { id: string; layer: 'section'; kind: SectionKind; start: number; end: number }

/** All annotations, widest layers first (events, relations) so they render as the outer elements. */
export function annotationsOf(x: Extraction): Annotation[] {
  const out: Annotation[] = [];
  x.events.forEach((event, i) => out.push({ id: `e${i}`, layer: 'event', ...event.evidence, event }));
  x.relations.forEach((relation, i) => out.push({ id: `r${i}`, layer: 'relation', ...relation.evidence, relation }));
  (x.dates ?? []).forEach((date, i) => out.push({ id: `d${i}`, layer: 'date', start: date.start, end: date.end, text: date.text, date }));
  x.places.forEach((place, i) => place.mentions.forEach((m, j) => out.push({ id: `p${i}.${j}`, layer: 'place', start: m.start, end: m.end, text: m.text, place })));
  x.actors.forEach((actor, i) => actor.mentions.forEach((m, j) => out.push({ id: `a${i}.${j}`, layer: 'actor', start: m.start, end: m.end, text: m.text, section: m.section, actor })));
  return out;
}

/** Sections as spans; adjacent sections of the same kind are merged, and whitespace-only sections join
 * the one before, so that a run of navigation lines reads as one shaded block. */
export function sectionsOf(x: Extraction, text: string): SectionSpan[] {
  const out: SectionSpan[] = [];
  for (const s of [...x.sections].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    const blank = text.slice(s.start, s.end).trim() === '';
    if (last && (last.kind === s.kind || blank) && last.end >= s.start) last.end = Math.max(last.end, s.end);
    else out.push({ id: `s${out.length}`, layer: 'section', kind: s.kind, start: s.start, end: s.end });
  }
  return out;
}

/** Key under which an annotation is "the same thing" elsewhere in the text (all mentions of one actor). */
export function identityOf(a: Annotation): string {
  switch (a.layer) {
    case 'actor': return `actor:${a.actor.id}`;
    case 'place': return `place:${a.place.name}`;
    case 'date': return `date:${a.date.date}`;
    default: return a.id;
  }
}

/** A readable name for an actor id of this document, falling back to the id itself. */
export function nameIn(x: Extraction, id: string): string {
  return x.actors.find((a) => a.id === id)?.name ?? id;
}
