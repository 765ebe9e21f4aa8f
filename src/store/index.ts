// Stage "store": the SQLite corpus store (documents, actors, claims, events, analyst decisions).
export { openStore, type Store } from './open-store.ts';
export { storeDocument, replaceExtraction, type StoreOutcome } from './store-document.ts';
export { simhash, hammingDistance } from './simhash.ts';
export { statement } from './statements.ts';
