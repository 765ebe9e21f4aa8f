// A worker thread of parallel ingest: builds its own extractor (the knowledge base plus the
// store's reviewed additions, passed in as data) and extracts the documents it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledge } from '../knowledge/index.ts';
import { loadSectionCues, type SourceDocument } from '../ingest/index.ts';
import { createExtractor } from '../pipeline.ts';
import { reviewedKnowledge, type KnowledgeAdditions } from '../review/index.ts';

const { additions, published } = workerData as { additions: KnowledgeAdditions; published: string | null };
const extractor = createExtractor(reviewedKnowledge(loadKnowledge(), additions).knowledge, loadSectionCues());

parentPort!.on('message', ({ seq, doc }: { seq: number; doc: SourceDocument }) => {
  try {
    parentPort!.postMessage({ seq, out: extractor.extract(doc, { published }) });
  } catch (e) {
    parentPort!.postMessage({ seq, error: (e as Error).message });
  }
});
