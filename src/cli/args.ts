// Parses command-line words into a command, its paths and its options, naming what is wrong.
import { UsageError } from '../errors.ts';

export interface ExtractArgs {
  paths: string[];
  published: string | null;
  maxMegabytes: number;
  withText: boolean;
}

export const USAGE = `usage: factiongraph extract <file|dir>... [--published YYYY-MM-DD] [--max-mb N] [--with-text]
       factiongraph ingest <file|dir>... [--db FILE] [--published YYYY-MM-DD] [--max-mb N] [--workers N]
       factiongraph export <json|graphml|gexf|stix|acled-csv|neo4j> [--db FILE] [--out PATH] [--as-of YYYY-MM-DD]
       factiongraph reextract [--db FILE]
       factiongraph serve [--db FILE] [--port N] [--host 127.0.0.1] [--web DIR] [--token T] [--max-body-mb N]

  extract   reads .txt, .html, .json and .jsonl files (and directories of them) and prints one
            JSON object per document (JSON Lines) with its sections and actors.
  ingest    extracts and stores documents in the SQLite store (default ./factiongraph.db); the
            same text is stored once; near-duplicates are linked, not counted twice.
  export    writes the merged graph: JSON, GraphML or GEXF (Gephi), a STIX 2.1 bundle, an
            ACLED-shaped CSV of events, or Neo4j import files (a folder: CSV files and a Cypher script).
  reextract extracts every stored document again with the reviewed knowledge (promoted actors,
            added aliases); analysts' decisions are kept.
  serve     the web UI at / and the HTTP API under /api (OpenAPI at /openapi.json). On an address
            other than loopback every API request needs "Authorization: Bearer <token>": the
            token of --token or FACTIONGRAPH_TOKEN, else a random one printed in the URL to open.
  --published    publication date to assume when a document's metadata has none
  --max-mb       largest file accepted, in megabytes (default 16)
  --workers      worker threads extracting in parallel (default: one per core from 200 files on,
                 else none); the store is the same as a serial ingest's
  --with-text    include the document text, to which all offsets refer
  --token        the API's bearer token (at least 16 characters), also required on loopback
  --max-body-mb  largest request body (a posted document), in megabytes (default 5)`;

/** The value after option words[i] ("--port 8787"); a usage error naming the option when it is missing. */
export function valueAfter(words: readonly string[], i: number): string {
  const v = words[i + 1];
  if (v === undefined) throw new UsageError(`${words[i]} needs a value`);
  return v;
}

export function parseExtractArgs(words: readonly string[]): ExtractArgs {
  const out: ExtractArgs = { paths: [], published: null, maxMegabytes: 16, withText: false };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const value = () => valueAfter(words, i++);
    if (w === '--published') {
      const v = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new UsageError(`--published expects a date YYYY-MM-DD, not "${v}"`);
      out.published = v;
    } else if (w === '--max-mb') {
      const n = Number(value());
      if (!(n > 0)) throw new UsageError('--max-mb expects a positive number');
      out.maxMegabytes = n;
    } else if (w === '--with-text') out.withText = true;
    else if (w.startsWith('--')) throw new UsageError(`unknown option ${w}`);
    else out.paths.push(w);
  }
  if (!out.paths.length) throw new UsageError('extract needs at least one file or directory');
  return out;
}

export interface StoreArgs { db: string; rest: string[] }

/** Takes "--db FILE" out of the words, leaving the rest. */
export function takeDb(words: readonly string[]): StoreArgs {
  const rest: string[] = [];
  let db = 'factiongraph.db';
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '--db') {
      const v = words[++i];
      if (!v) throw new UsageError('--db needs a file');
      db = v;
    } else rest.push(words[i]!);
  }
  return { db, rest };
}
