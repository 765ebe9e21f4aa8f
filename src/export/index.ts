// Stage "export": the merged graph in the formats analysts' tools read.
import type { Store } from '../store/index.ts';
import type { EdgeQuery } from '../graph/index.ts';
import { readCorpus } from './corpus.ts';
import { toGexf, toGraphml, toJson } from './graph-formats.ts';
import { toAcledCsv, toNeo4j } from './tables.ts';
import { toStix } from './stix.ts';
import { UsageError } from '../errors.ts';

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'stix', 'acled-csv', 'neo4j'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export { stixId } from './stix.ts';
export { csv, ACLED_COLUMNS } from './tables.ts';

/** One file's content, or (Neo4j) several files by name. */
export function exportCorpus(db: Store, format: string, q: EdgeQuery = {}, now = new Date().toISOString()): string | Record<string, string> {
  const c = readCorpus(db, { ...q, includeNegated: format !== 'stix' });
  switch (format as ExportFormat) {
    case 'json': return toJson(c);
    case 'graphml': return toGraphml(c);
    case 'gexf': return toGexf(c);
    case 'stix': return toStix(c, { now });
    case 'acled-csv': return toAcledCsv(c);
    case 'neo4j': return toNeo4j(c);
    default: throw new UsageError(`unknown export format "${format}" (expected ${EXPORT_FORMATS.join(', ')})`);
  }
}
