// The JSON the extractor prints for one document (../../shared/eval/GUIDE.md §6).
import type { ActorKind, SectionKind } from '../ontology.ts';
import type { MentionVia } from '../actors/index.ts';
import type { SourceFormat } from '../ingest/index.ts';
import type { RelationClaim } from '../relations/index.ts';
import type { DocPlace } from '../places/index.ts';
import type { DocEvent } from '../events/index.ts';
import type { BackgroundFact } from '../background/index.ts';
import type { DatePrecision } from '../dates/index.ts';

export interface DocumentJson {
  document: {
    id: string;
    source: string;
    format: SourceFormat;
    title: string | null;
    url: string | null;
    byline: string | null;
    published: string | null;
    published_inferred: { date: string; reason: string } | null;
    text?: string;
  };
  sections: Array<{ kind: SectionKind; start: number; end: number; cue: string }>;
  actors: ActorJson[];
  relations: RelationClaim[];
  events: DocEvent[];
  /** Knowledge-base facts between the document's actors: background, not reporting. */
  background: BackgroundFact[];
  places: DocPlace[];
  /** Dates named in the text, resolved (what the reader highlights). */
  dates: Array<{ text: string; start: number; end: number; date: string; precision: DatePrecision }>;
}

export interface ActorJson {
  id: string;
  name: string;
  kind: ActorKind;
  /** Knowledge-base id, or null when the actor was discovered in this document. */
  known_id: string | null;
  discovered: boolean;
  aliases: string[];
  mentions: Array<{ text: string; start: number; end: number; section: SectionKind; rule: string }>;
}
