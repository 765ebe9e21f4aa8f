// Stage "output": the JSON Lines record of one document.
export type { ActorJson, DocumentJson } from './types.ts';
export { toDocumentJson, type OutputOptions } from './document-json.ts';
