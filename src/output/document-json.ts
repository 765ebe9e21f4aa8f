// Turns a document's extraction into the JSON the extractor prints (GUIDE.md §6).
import type { SourceDocument, Section } from '../ingest/index.ts';
import type { DocActor } from '../actors/index.ts';
import type { RelationClaim } from '../relations/index.ts';
import type { DocPlace } from '../places/index.ts';
import type { DocEvent } from '../events/index.ts';
import type { BackgroundFact } from '../background/index.ts';
import type { DateMention } from '../dates/index.ts';
import type { DocumentJson } from './types.ts';

export interface OutputOptions {
  /** Print the document text, to which every offset refers. */
  withText: boolean;
  /** The publication date the text implies when metadata gives none, with the reasoning. */
  inferredPublished: { date: string; reason: string } | null;
}

export function toDocumentJson(doc: SourceDocument, sections: readonly Section[], actors: readonly DocActor[], relations: readonly RelationClaim[],
  places: readonly DocPlace[], events: readonly DocEvent[], background: readonly BackgroundFact[], dates: readonly DateMention[], options: OutputOptions): DocumentJson {
  return {
    document: {
      id: doc.id, source: doc.source, format: doc.format, title: doc.title, url: doc.url, byline: doc.byline,
      published: doc.published, published_inferred: options.inferredPublished, ...(options.withText ? { text: doc.text } : {}),
    },
    sections: sections.map((s) => ({ kind: s.kind, start: s.start, end: s.end, cue: s.cue })),
    actors: actors.map((a) => ({
      id: a.key,
      name: a.name,
      kind: a.kind,
      known_id: a.knownId,
      discovered: a.knownId === null,
      aliases: a.aliases,
      mentions: a.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, section: m.section, rule: `actors.${m.via}` })),
    })),
    relations: [...relations],
    events: [...events],
    background: [...background],
    places: [...places],
    dates: dates.map((d) => ({ text: d.text, start: d.start, end: d.end, date: d.date, precision: d.precision })),
  };
}
