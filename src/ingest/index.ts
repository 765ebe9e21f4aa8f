// Stage "ingest": read files into documents and label each span body / boilerplate / comment.
export type { Section, SectionCues, SourceDocument, SourceFormat, Span } from './types.ts';
export { readInputs, readInputFile, readInputText, listInputFiles, type ReadResult } from './read-inputs.ts';
export { DEFAULT_DECODE, decodeText, type DecodeOptions } from './decode.ts';
export { loadSectionCues } from './section-cues.ts';
export { splitSections, sectionKindAt, bodyTitle } from './split-sections.ts';
export { isoDate } from './iso-date.ts';
