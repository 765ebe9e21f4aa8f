// `factiongraph extract <paths>`: one JSON line per document on stdout, one line per bad file on
// stderr; the batch goes on. Returns the number of failures.
import type { Writable } from 'node:stream';
import { readInputs, loadSectionCues } from '../ingest/index.ts';
import { loadKnowledge } from '../knowledge/index.ts';
import { createExtractor } from '../pipeline.ts';
import { FactiongraphError } from '../errors.ts';
import type { ExtractArgs } from './args.ts';

export function runExtract(args: ExtractArgs, out: Writable, err: Writable): number {
  const extractor = createExtractor(loadKnowledge(), loadSectionCues());
  let failures = 0;
  for (const doc of readInputs(args.paths, { maxBytes: args.maxMegabytes * 1024 * 1024 })) {
    if (doc instanceof FactiongraphError) {
      err.write(`${doc.message}\n`);
      failures++;
      continue;
    }
    try {
      out.write(`${JSON.stringify(extractor.extract(doc, { published: args.published, withText: args.withText }))}\n`);
    } catch (e) {
      err.write(`extract: ${doc.source}: ${(e as Error).message}\n`);
      failures++;
    }
  }
  return failures;
}
