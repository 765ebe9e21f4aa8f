// Extracts every stored document again (after the knowledge changed, or a promotion or alias was
// decided) and replaces its claims and events, one transaction per document. The document text,
// its metadata and the spans it was told are not body come from the store; decisions stay.
import type { Store } from '../store/index.ts';
import { replaceExtraction } from '../store/index.ts';
import type { Extractor } from '../pipeline.ts';
import type { DocumentJson } from '../output/index.ts';
import type { SourceDocument } from '../ingest/index.ts';

export function reextractAll(db: Store, extractor: Extractor): { documents: number } {
  const rows = db.prepare('SELECT id, doc_id, source, title, url, text, extraction FROM documents ORDER BY id').all() as Array<{ id: number; doc_id: string; source: string; title: string | null; url: string | null; text: string; extraction: string }>;
  for (const r of rows) {
    const before = JSON.parse(r.extraction) as DocumentJson;
    const doc: SourceDocument = {
      id: r.doc_id, source: r.source, format: before.document.format, text: r.text, title: r.title, url: r.url, byline: before.document.byline,
      published: before.document.published,
      knownBoilerplate: before.sections.filter((s) => s.kind !== 'body' && s.cue === 'markup').map((s) => ({ start: s.start, end: s.end })),
    };
    replaceExtraction(db, r.id, extractor.extract(doc));
  }
  return { documents: rows.length };
}
