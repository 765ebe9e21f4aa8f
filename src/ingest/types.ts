// Plain data of the ingest stage: a document as read, and its sections.
import type { SectionKind } from '../ontology.ts';

export type SourceFormat = 'txt' | 'html' | 'json' | 'jsonl';

export interface SourceDocument {
  id: string;
  /** The file it came from (with "#N" for the Nth record of a JSON file). */
  source: string;
  format: SourceFormat;
  /** The text that every offset refers to: the file as read, or the article text of an HTML page. */
  text: string;
  title: string | null;
  url: string | null;
  byline: string | null;
  /** ISO date (YYYY-MM-DD) when metadata gives it. */
  published: string | null;
  /** Spans that the reader already knows are not body (HTML captions, asides). */
  knownBoilerplate: Span[];
}

export interface Span {
  start: number;
  end: number;
}

export interface Section extends Span {
  kind: SectionKind;
  /** Which cue decided it ("comment_header", "author_bio", "short_line_run", "body"...). */
  cue: string;
}

export interface SectionCues {
  commentThreadStart: RegExp[];
  commentHeader: RegExp[];
  commentFurniture: RegExp[];
  footerStart: RegExp[];
  authorBio: RegExp[];
  boilerplateLine: RegExp[];
  inlineBoilerplate: RegExp[];
  shortLineRun: { minLines: number; maxChars: number; maxWords: number };
  ruleLine: RegExp;
  boxMaxLines: number;
}
