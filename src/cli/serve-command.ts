// `factiongraph serve [--db FILE] [--port N] [--host H] [--web DIR] [--token T] [--max-body-mb N]`:
// the HTTP API and the web UI on 127.0.0.1 by default; beyond loopback, only with a bearer token.
import type { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { openStore } from '../store/index.ts';
import { loadKnowledge } from '../knowledge/index.ts';
import { loadSectionCues } from '../ingest/index.ts';
import { buildApp } from '../api/app.ts';
import { generateToken, isLoopback } from '../api/auth.ts';
import { UsageError } from '../errors.ts';
import { valueAfter } from './args.ts';

export interface ServeOptions {
  port: number;
  host: string;
  webRoot: string | undefined;
  /** Given by --token or FACTIONGRAPH_TOKEN; null when neither was. */
  token: string | null;
  /** Largest request body (an ingested file's content), in megabytes. */
  maxBodyMb: number;
}

export const DEFAULT_SERVE: Readonly<ServeOptions> = { port: 8787, host: '127.0.0.1', webRoot: undefined, token: null, maxBodyMb: 5 };

/** Printable ASCII without spaces (it travels in a header and a URL), long enough not to be guessed. */
const TOKEN_SHAPE = /^[\x21-\x7e]{16,}$/;

export function parseServeArgs(words: readonly string[], env: NodeJS.ProcessEnv = process.env): ServeOptions {
  const o: ServeOptions = { ...DEFAULT_SERVE, token: env.FACTIONGRAPH_TOKEN || null };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const value = () => valueAfter(words, i++);
    if (w === '--port') { o.port = Number(value()); if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535) throw new UsageError('--port expects a port number'); }
    else if (w === '--host') { o.host = value(); if (!o.host) throw new UsageError('--host expects an address'); }
    else if (w === '--web') { o.webRoot = value(); if (!o.webRoot) throw new UsageError('--web expects a directory'); }
    else if (w === '--token') o.token = value();
    else if (w === '--max-body-mb') { o.maxBodyMb = Number(value()); if (!(o.maxBodyMb > 0 && o.maxBodyMb <= 1024)) throw new UsageError('--max-body-mb expects a number of megabytes above 0, at most 1024'); }
    else throw new UsageError(`unexpected word "${w}"`);
  }
  if (o.token !== null && !TOKEN_SHAPE.test(o.token)) throw new UsageError('--token (or FACTIONGRAPH_TOKEN) expects at least 16 printable characters without spaces');
  return o;
}

export interface ServeAccess {
  /** What every API request must carry; null: none (loopback, and no token given). */
  token: string | null;
  generated: boolean;
}

/** Loopback needs no token unless one was given; any other address needs one, generated if not given. */
export function serveAccess(host: string, given: string | null, makeToken: () => string = generateToken): ServeAccess {
  if (given) return { token: given, generated: false };
  return isLoopback(host) ? { token: null, generated: false } : { token: makeToken(), generated: true };
}

/** What `serve` prints on start. A generated token is printed once, in the URL to open; a given one never. */
export function startMessage(db: string, address: string, access: ServeAccess): string {
  const lines = [`factiongraph serving ${db} at ${address} (UI at /, API under /api, OpenAPI at /openapi.json)`];
  if (access.generated) lines.push(`every API request needs "Authorization: Bearer <token>"; open ${address}/#token=${encodeURIComponent(access.token!)}`);
  else if (access.token) lines.push(`every API request needs "Authorization: Bearer <token>" with the token given by --token or FACTIONGRAPH_TOKEN; open ${address}/#token=<token>`);
  return `${lines.join('\n')}\n`;
}

/** Starts the server; the instance is returned so that a caller (a test) can close it. */
export async function runServe(words: readonly string[], db: string, out: Writable, env: NodeJS.ProcessEnv = process.env): Promise<FastifyInstance> {
  const o = parseServeArgs(words, env);
  const access = serveAccess(o.host, o.token);
  const store = openStore(db, { onUpgrade: (m) => out.write(`${m}\n`) });
  const app = await buildApp({
    store, knowledge: loadKnowledge(), cues: loadSectionCues(), webRoot: o.webRoot,
    bodyLimit: Math.round(o.maxBodyMb * 1024 * 1024), auth: access.token ? { token: access.token } : null,
  });
  app.addHook('onClose', async () => store.close());
  const address = await app.listen({ port: o.port, host: o.host });
  out.write(startMessage(db, address, access));
  return app;
}
