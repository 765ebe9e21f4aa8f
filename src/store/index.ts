// Stage "store": the SQLite corpus store (documents, actors, claims, events, analyst decisions).
export { openStore, type OpenStoreOptions, type Store } from './open-store.ts';
export { storeDocument, replaceExtraction, type StoreOutcome } from './store-document.ts';
export { simhash, hammingDistance } from './simhash.ts';
export { statement } from './statements.ts';
export { commitInBatches, DEFAULT_COMMIT_BATCH, type CommitBatches, type CommitBatchOptions } from './commit-batches.ts';
export { searchDocuments, type SearchHit } from './search-documents.ts';
