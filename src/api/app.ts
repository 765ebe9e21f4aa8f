// The HTTP API (fastify): documents, actors, relations, events, the merged graph, full-text
// search, ingest and exports, with an OpenAPI document at /openapi.json. Every input is checked
// against its JSON schema; every error is JSON { error, message }. Queries are parameterised.
import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import type { Store } from '../store/index.ts';
import { searchDocuments, storeDocument } from '../store/index.ts';
import { actorProfile, graph, listClaims, type ClaimListQuery } from '../graph/index.ts';
import { exportCorpus, EXPORT_FORMATS } from '../export/index.ts';
import type { Extractor } from '../pipeline.ts';
import { readInputText, type SectionCues, type SourceDocument } from '../ingest/index.ts';
import type { LoadedKnowledge } from '../knowledge/index.ts';
import { DECISION_KINDS, decisionHistory, reextractAll, recordDecision, reviewedExtractor, reviewQueue, validateDecision } from '../review/index.ts';
import type { DescribeActor } from '../graph/index.ts';
import { FactiongraphError } from '../errors.ts';
import { existsSync, readFileSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import { requireToken, type AuthOptions } from './auth.ts';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export interface ApiOptions {
  store: Store;
  /** The knowledge base; the store's reviewed additions (promotions, aliases) are laid over it. */
  knowledge: LoadedKnowledge;
  cues: SectionCues;
  bodyLimit?: number;
  /** The built web UI (dist/web), served at /; none when absent. */
  webRoot?: string | null;
  /** A bearer token every request but the UI's static files must carry (src/api/auth.ts); none when null. */
  auth?: AuthOptions | null;
}

/** Where `npm run build` puts the web UI, from src/api or dist/api alike. */
export const DEFAULT_WEB_ROOT = new URL('../../dist/web/', import.meta.url).pathname;

/** Article text is the sources' words: the page may run only its own scripts, whatever they hold. */
const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const PAGE = { limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 }, offset: { type: 'integer', minimum: 0, default: 0 } } as const;

export async function buildApp(o: ApiOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: o.bodyLimit ?? 5 * 1024 * 1024 });
  if (o.auth) app.addHook('onRequest', requireToken(o.auth));
  await app.register(swagger, { openapi: { info: { title: 'factiongraph', version: VERSION, description: 'Armed actors, their relations and events, from conflict reporting.' } } });
  const db = o.store;
  let extractor: Extractor | null = null;
  const currentExtractor = (): Extractor => (extractor ??= reviewedExtractor(db, o.knowledge, o.cues));
  const describe: DescribeActor = (id) => {
    const e = o.knowledge.byId.get(id);
    return e && { countries: e.countries, theatre: e.file.replace(/^.*\//, '').replace(/\.ya?ml$/, '') };
  };
  const mergedInto = (): Map<string, string> => new Map((db.prepare('SELECT key, into_key FROM actor_merges').all() as Array<{ key: string; into_key: string }>).map((r) => [r.key, r.into_key]));

  app.setErrorHandler((error, _req, reply) => {
    const err = error as Error & { validation?: unknown; statusCode?: number };
    const status = err.validation || err instanceof FactiongraphError ? 400 : (err.statusCode ?? 500);
    const kind = status === 404 ? 'not_found' : status === 413 ? 'too_large' : status < 500 ? 'bad_request' : 'server_error';
    reply.status(status).send({ error: kind, message: err.message });
  });
  app.setNotFoundHandler((req, reply) => { reply.status(404).send({ error: 'not_found', message: `no route ${req.method} ${req.url}` }); });

  const webRoot = o.webRoot === undefined ? DEFAULT_WEB_ROOT : o.webRoot;
  if (webRoot && existsSync(`${webRoot}/index.html`)) {
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', index: 'index.html', wildcard: true });
    app.addHook('onSend', async (req, reply) => {
      if (!req.url.startsWith('/api/')) reply.header('content-security-policy', CONTENT_SECURITY_POLICY).header('x-content-type-options', 'nosniff');
    });
  }

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get('/api/documents', { schema: { summary: 'List stored documents', querystring: { type: 'object', properties: PAGE, additionalProperties: false } } },
    async (req) => {
      const q = req.query as { limit: number; offset: number };
      return db.prepare('SELECT id, doc_id, source, title, url, published, duplicate_of FROM documents ORDER BY id LIMIT ? OFFSET ?').all(q.limit, q.offset);
    });

  app.get('/api/documents/:id', { schema: { summary: 'A document with its annotations', params: { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] } } },
    async (req, reply) => {
      const row = db.prepare('SELECT id, doc_id, source, title, url, published, duplicate_of, text, extraction FROM documents WHERE id = ?').get((req.params as { id: number }).id) as Record<string, unknown> | undefined;
      if (!row) return reply.status(404).send({ error: 'not_found', message: 'no such document' });
      return { ...row, extraction: JSON.parse(String(row.extraction)) };
    });

  app.get('/api/actors', { schema: { summary: 'Search actors by any name they went by', querystring: { type: 'object', properties: { q: { type: 'string', maxLength: 200 }, ...PAGE }, additionalProperties: false } } },
    async (req) => {
      const q = req.query as { q?: string; limit: number; offset: number };
      const like = `%${(q.q ?? '').replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      // Names and mentions from the store's kept totals (one row per actor and name).
      return db.prepare(`SELECT a.key, a.known_id, a.name, a.kind, COALESCE((SELECT SUM(t.mentions) FROM actor_name_totals t WHERE t.actor_key = a.key), 0) AS mentions FROM actors a
        WHERE a.name LIKE @like ESCAPE '\\' OR EXISTS (SELECT 1 FROM actor_name_totals m WHERE m.actor_key = a.key AND m.name LIKE @like ESCAPE '\\')
        ORDER BY mentions DESC, a.name LIMIT @limit OFFSET @offset`).all({ like, limit: q.limit, offset: q.offset });
    });

  app.get('/api/actors/:key', { schema: { summary: 'An actor profile', params: { type: 'object', properties: { key: { type: 'string', maxLength: 300 } }, required: ['key'] } } },
    async (req, reply) => actorProfile(db, (req.params as { key: string }).key, describe) ?? reply.status(404).send({ error: 'not_found', message: 'no such actor' }));

  app.get('/api/relations', {
    schema: {
      summary: 'Relation claims, filtered',
      querystring: { type: 'object', additionalProperties: false, properties: { actor: { type: 'string' }, type: { type: 'string' }, certainty: { type: 'string', enum: ['asserted', 'attributed', 'hedged'] }, from: DATE, to: DATE, negated: { type: 'boolean' }, ...PAGE } },
    },
  }, async (req) => {
    return listClaims(db, req.query as ClaimListQuery);
  });

  app.get('/api/events', {
    schema: {
      summary: 'Events, filtered by actor, type, dates and bounding box',
      querystring: { type: 'object', additionalProperties: false, properties: { actor: { type: 'string' }, type: { type: 'string' }, from: DATE, to: DATE, bbox: { type: 'string', pattern: '^-?[\\d.]+,-?[\\d.]+,-?[\\d.]+,-?[\\d.]+$' }, ...PAGE } },
    },
  }, async (req) => {
    const q = req.query as { actor?: string; type?: string; from?: string; to?: string; bbox?: string; limit: number; offset: number };
    const merges = mergedInto();
    const [minLon, minLat, maxLon, maxLat] = q.bbox ? q.bbox.split(',').map(Number) : [null, null, null, null];
    return (db.prepare(`SELECT e.*, d.title FROM events e JOIN documents d ON d.id = e.document_id
      WHERE (@actor IS NULL OR e.id IN (SELECT event_id FROM event_actors WHERE actor_key IN (SELECT @actor UNION SELECT key FROM actor_merges WHERE into_key = @actor)))
        AND (@type IS NULL OR e.event_type = @type OR e.sub_event_type = @type) AND (@from IS NULL OR e.date >= @from) AND (@to IS NULL OR e.date <= @to)
        AND (@minLon IS NULL OR (e.lon BETWEEN @minLon AND @maxLon AND e.lat BETWEEN @minLat AND @maxLat))
      ORDER BY e.date, e.id LIMIT @limit OFFSET @offset`).all({ actor: q.actor ?? null, type: q.type ?? null, from: q.from ?? null, to: q.to ?? null, minLon, minLat, maxLon, maxLat, limit: q.limit, offset: q.offset }) as Array<Record<string, unknown>>)
      .map((e) => ({ ...e, actors: reviewedKeys(String(e.actors), merges), targets: reviewedKeys(String(e.targets), merges) }));
  });

  app.get('/api/graph', {
    schema: {
      summary: 'The merged graph (as of a date; by type; around an actor)',
      querystring: { type: 'object', additionalProperties: false, properties: { asOf: DATE, types: { type: 'string' }, actor: { type: 'string' }, minSupport: { type: 'integer', minimum: 1 }, negated: { type: 'boolean' }, evidence: { type: 'integer', minimum: 0, maximum: 20, default: 20 } } },
    },
  }, async (req) => {
    const q = req.query as { asOf?: string; types?: string; actor?: string; minSupport?: number; negated?: boolean; evidence: number };
    return graph(db, { asOf: q.asOf ?? null, types: q.types?.split(',').filter(Boolean), actor: q.actor ?? null, minSupport: q.minSupport, includeNegated: q.negated ?? false, evidence: q.evidence }, describe);
  });

  app.get('/api/search', { schema: { summary: 'Full-text search of documents, ranked (BM25) among the 2,000 latest stored matches; a page beyond those ranks all matches', querystring: { type: 'object', required: ['q'], additionalProperties: false, properties: { q: { type: 'string', minLength: 1, maxLength: 200 }, ...PAGE } } } },
    async (req) => {
      const q = req.query as { q: string; limit: number; offset: number };
      return searchDocuments(db, q.q, q.limit, q.offset);
    });

  app.post('/api/ingest', {
    schema: {
      summary: 'Extract and store a document given as text, or as a file\'s content (.txt, .html, .json, .jsonl) by name',
      body: {
        type: 'object', additionalProperties: false, required: ['text'],
        properties: { id: { type: 'string', maxLength: 200 }, title: { type: 'string', maxLength: 1000 }, text: { type: 'string', minLength: 1 }, url: { type: 'string', maxLength: 2000 }, published: DATE, filename: { type: 'string', maxLength: 300, pattern: '^[^/\\\\]+$' } },
      },
    },
  }, async (req) => {
    const b = req.body as { id?: string; title?: string; text: string; url?: string; published?: string; filename?: string };
    const docs: Array<SourceDocument | FactiongraphError> = b.filename
      ? readInputText(b.filename, b.text).map((d) => (d instanceof FactiongraphError ? d : { ...d, source: `upload:${b.filename}`, title: b.title ?? d.title, published: b.published ?? d.published }))
      : [{ id: b.id ?? `posted-${Date.now()}`, source: 'api', format: 'txt', text: b.text, title: b.title ?? b.text.split('\n')[0]!.slice(0, 200), url: b.url ?? null, byline: null, published: b.published ?? null, knownBoilerplate: [] }];
    const results = docs.map((doc) => {
      if (doc instanceof FactiongraphError) return { error: doc.message };
      const out = currentExtractor().extract(doc);
      return { outcome: storeDocument(db, doc, out), title: doc.title, actors: out.actors.length, relations: out.relations.length, events: out.events.length };
    });
    const failed = results.find((r): r is { error: string } => 'error' in r);
    if (failed && results.length === 1) throw new FactiongraphError('ingest', failed.error.replace(/^ingest: /, ''));
    return results.length === 1 ? results[0] : { documents: results };
  });

  app.get('/api/review', {
    schema: { summary: 'The review queue: claims and discovered actors worth a look, most doubtful first', querystring: { type: 'object', additionalProperties: false, properties: { status: { type: 'string', enum: ['pending', 'reviewed', 'all'], default: 'pending' }, kind: { type: 'string', enum: ['claim', 'actor'] }, ...PAGE } } },
  }, async (req) => reviewQueue(db, req.query as { status: 'pending' | 'reviewed' | 'all'; kind?: 'claim' | 'actor'; limit: number; offset: number }));

  app.post('/api/decisions', {
    schema: {
      summary: 'Record an analyst decision on a claim ("claim:<fingerprint>") or an actor ("actor:<key>")',
      body: { type: 'object', additionalProperties: false, required: ['subject', 'decision'], properties: { subject: { type: 'string', minLength: 3, maxLength: 1000 }, decision: { type: 'string', enum: [...DECISION_KINDS] }, payload: { type: 'object' } } },
    },
  }, async (req) => {
    const d = validateDecision(db, req.body as { subject: string; decision: string; payload?: unknown });
    const recorded = recordDecision(db, d);
    if (d.subject.startsWith('actor:')) extractor = null;
    return recorded;
  });

  app.get('/api/decisions', {
    schema: { summary: 'The decision history of one subject, newest first', querystring: { type: 'object', additionalProperties: false, required: ['subject'], properties: { subject: { type: 'string', maxLength: 1000 } } } },
  }, async (req) => decisionHistory(db, (req.query as { subject: string }).subject));

  app.post('/api/reextract', { schema: { summary: 'Extract every stored document again with the reviewed knowledge (promotions, aliases); decisions stay' } },
    async () => reextractAll(db, currentExtractor()));

  app.get('/api/export/:format', {
    schema: { summary: 'Export the merged graph', params: { type: 'object', properties: { format: { type: 'string', enum: EXPORT_FORMATS.filter((f) => f !== 'neo4j') } }, required: ['format'] }, querystring: { type: 'object', additionalProperties: false, properties: { asOf: DATE } } },
  }, async (req, reply) => {
    const { format } = req.params as { format: string };
    const type = { json: 'application/json', stix: 'application/stix+json;version=2.1', graphml: 'application/graphml+xml', gexf: 'application/xml', 'acled-csv': 'text/csv' }[format] ?? 'text/plain';
    reply.type(type);
    return exportCorpus(db, format, { asOf: (req.query as { asOf?: string }).asOf ?? null }) as string;
  });

  return app;
}

/** An event's actor keys as reviewed: merged actors replaced by the one they were merged into. */
function reviewedKeys(json: string, merges: ReadonlyMap<string, string>): string[] {
  return [...new Set((JSON.parse(json) as string[]).map((k) => merges.get(k) ?? k))];
}
