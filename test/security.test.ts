// Security of the server, in process (fastify's inject) and over real loopback sockets: the bearer
// token, request size limits, filters and search as parameters, path traversal, export folders.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/api/app.ts';
import { isLoopback, tokenMatches } from '../src/api/auth.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { runIngest } from '../src/cli/ingest-command.ts';
import { runExport } from '../src/cli/export-command.ts';
import { parseServeArgs, runServe, serveAccess, startMessage } from '../src/cli/serve-command.ts';
import { loadKnowledge } from '../src/knowledge/index.ts';
import { loadSectionCues } from '../src/ingest/index.ts';
import { UsageError } from '../src/errors.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const TOKEN = 'k3Jq9xT0-test-token_abcdefghij';
const SECRET = 'TOP-SECRET-OUTSIDE-THE-WEB-ROOT';
let tmp: string, db: string, webRoot: string, store: Store;
let open: FastifyInstance, guarded: FastifyInstance;

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'fg-security-'));
  db = join(tmp, 'security.db');
  runIngest({ paths: [join(root, 'examples/corpus')], db, maxMegabytes: 16, published: null }, new PassThrough(), new PassThrough());
  store = openStore(db);
  // A web root with decoys beside it: a traversal that escapes the root would serve them.
  webRoot = join(tmp, 'site', 'web');
  mkdirSync(join(webRoot, 'assets'), { recursive: true });
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>factiongraph</title>');
  writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log("ui");');
  writeFileSync(join(tmp, 'site', 'secret.txt'), SECRET);
  writeFileSync(join(tmp, 'site', 'package.json'), JSON.stringify({ name: SECRET }));
  const common = { store, knowledge: loadKnowledge(), cues: loadSectionCues(), webRoot };
  open = await buildApp(common);
  guarded = await buildApp({ ...common, auth: { token: TOKEN } });
});
after(async () => { await open.close(); await guarded.close(); store.close(); });

/** What an attack could have touched: the schema, every document, and the row counts. */
const snapshot = () => ({
  schema: store.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all(),
  documents: store.prepare('SELECT id, doc_id, title, published, duplicate_of, length(text) AS chars, length(extraction) AS extraction FROM documents ORDER BY id').all(),
  counts: ['claims', 'events', 'actors', 'actor_names', 'decisions', 'actor_merges'].map((t) => store.prepare(`SELECT count(*) AS n FROM ${t}`).get()),
});

const inject = (app: FastifyInstance, url: string, authorization?: string) => app.inject({ method: 'GET', url, headers: authorization ? { authorization } : {} });

/** The app without a token, on a real loopback socket. */
async function listening(): Promise<{ address: string; close: () => Promise<void> }> {
  const app = await buildApp({ store, knowledge: loadKnowledge(), cues: loadSectionCues(), webRoot });
  return { address: await app.listen({ host: '127.0.0.1', port: 0 }), close: () => app.close() };
}

/** A raw request over a socket: the path goes out byte for byte, as an attacker would send it. */
function raw(address: string, path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(address);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => { text += c; }).on('end', () => resolve({ status: res.statusCode!, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('isLoopback: only 127.0.0.0/8, ::1 and localhost keep the server to this machine', () => {
  const rows: Array<[string, boolean]> = [
    ['127.0.0.1', true], ['127.0.0.2', true], ['127.255.0.9', true], ['localhost', true], ['LocalHost', true], ['::1', true], ['[::1]', true],
    ['0:0:0:0:0:0:0:1', true], ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false], ['::', false], ['192.168.1.10', false], ['10.0.0.1', false], ['128.0.0.1', false], ['::ffff:10.0.0.1', false],
    ['example.org', false], ['localhost.example.org', false], ['127.1', false], ['', false],
  ];
  for (const [host, expected] of rows) assert.equal(isLoopback(host), expected, host);
});

test('serve decides the token: loopback needs none unless given; any other address gets one, generated if not given', () => {
  assert.deepEqual(serveAccess('127.0.0.1', null), { token: null, generated: false });
  assert.deepEqual(serveAccess('::1', null), { token: null, generated: false });
  assert.deepEqual(serveAccess('localhost', TOKEN), { token: TOKEN, generated: false });
  assert.deepEqual(serveAccess('0.0.0.0', TOKEN), { token: TOKEN, generated: false });
  assert.deepEqual(serveAccess('0.0.0.0', null, () => 'generated-token'), { token: 'generated-token', generated: true });
  const a = serveAccess('192.168.1.10', null), b = serveAccess('::', null);
  assert.match(a.token!, /^[A-Za-z0-9_-]{32}$/, '24 random bytes, base64url');
  assert.notEqual(a.token, b.token);

  const generated = startMessage('x.db', 'http://10.0.0.5:8787', { token: 'generated-token', generated: true });
  assert.match(generated, /open http:\/\/10\.0\.0\.5:8787\/#token=generated-token\n$/);
  assert.equal(generated.split('generated-token').length, 2, 'printed once');
  const given = startMessage('x.db', 'http://10.0.0.5:8787', { token: TOKEN, generated: false });
  assert.match(given, /Authorization: Bearer/);
  assert.ok(!given.includes(TOKEN), 'a token the user gave is never echoed');
  assert.ok(!startMessage('x.db', 'http://127.0.0.1:8787', { token: null, generated: false }).includes('Bearer'));
});

test('serve options: the token from --token or FACTIONGRAPH_TOKEN, a body limit in megabytes, each checked', () => {
  assert.equal(parseServeArgs([], {}).token, null);
  assert.equal(parseServeArgs([], { FACTIONGRAPH_TOKEN: TOKEN }).token, TOKEN);
  assert.equal(parseServeArgs(['--token', `${TOKEN}2`], { FACTIONGRAPH_TOKEN: TOKEN }).token, `${TOKEN}2`);
  assert.equal(parseServeArgs([], {}).maxBodyMb, 5);
  assert.equal(parseServeArgs(['--max-body-mb', '0.5'], {}).maxBodyMb, 0.5);
  for (const words of [['--token', 'short'], ['--token', 'has a space in it, sixteen+'], ['--token'], ['--max-body-mb', '0'], ['--max-body-mb', 'lots'], ['--host'], ['--port', '99999']]) {
    assert.throws(() => parseServeArgs(words, {}), UsageError, words.join(' '));
  }
  assert.throws(() => parseServeArgs([], { FACTIONGRAPH_TOKEN: 'short' }), UsageError);
});

test('with a token, every API request needs "Authorization: Bearer <token>"; a wrong or missing one gets 401 JSON', async () => {
  assert.ok(tokenMatches(TOKEN, TOKEN) && !tokenMatches(`${TOKEN}x`, TOKEN) && !tokenMatches('', TOKEN));
  const rows: Array<[string | undefined, number]> = [
    [undefined, 401], ['Bearer', 401], ['Bearer ', 401], ['Bearer wrong', 401], [`Bearer ${TOKEN}x`, 401], [`Bearer ${TOKEN.slice(0, -1)}`, 401],
    [`Basic ${TOKEN}`, 401], [TOKEN, 401], [`Bearer ${TOKEN} extra`, 401],
    [`Bearer ${TOKEN}`, 200], [`bearer  ${TOKEN}`, 200],
  ];
  for (const [authorization, status] of rows) {
    const r = await inject(guarded, '/api/documents', authorization);
    assert.equal(r.statusCode, status, String(authorization));
    if (status === 401) {
      assert.deepEqual(Object.keys(r.json()), ['error', 'message']);
      assert.equal(r.json().error, 'unauthorized');
      assert.match(String(r.headers['www-authenticate']), /^Bearer/);
    }
  }
  // Every route, and the spellings the router maps onto them, and routes that do not exist.
  for (const url of ['/api/graph', '/api/actors?q=HTS', '/api/export/json', '/api/decisions?subject=actor:x', '/openapi.json', '/%61pi/documents']) {
    assert.equal((await inject(guarded, url)).statusCode, 401, url);
  }
  // A GET no API route takes falls to the UI's files, which have no such file.
  for (const url of ['/api/nothing-here', '/api//documents']) assert.equal((await inject(guarded, url)).json().error, 'not_found', url);
  assert.equal((await inject(guarded, '/api/export/json', `Bearer ${TOKEN}`)).statusCode, 200);
  const before = snapshot();
  for (const [url, payload] of [['/api/ingest', { text: 'Hurras al-Din clashed with HTS in Idlib.' }], ['/api/decisions', { subject: 'actor:hurras_al_din', decision: 'reject' }], ['/api/reextract', {}]] as const) {
    const r = await guarded.inject({ method: 'POST', url, payload, headers: { authorization: 'Bearer nope' } });
    assert.equal(r.statusCode, 401, url);
  }
  assert.deepEqual(snapshot(), before, 'nothing was written without the token');
});

test('the UI files are served without a token (they hold no data)', async () => {
  for (const url of ['/', '/index.html', '/assets/app.js']) {
    const r = await inject(guarded, url);
    assert.equal(r.statusCode, 200, url);
    assert.ok(!r.body.includes('"error"'), url);
  }
  assert.equal((await guarded.inject({ method: 'HEAD', url: '/' })).statusCode, 200);
  assert.equal((await guarded.inject({ method: 'POST', url: '/index.html', payload: {} })).statusCode, 401, 'only GET and HEAD are open');
});

test('without a token configured (loopback), the API is open as before', async () => {
  assert.equal((await inject(open, '/api/documents')).statusCode, 200);
});

test('the UI client keeps the token from the address it was opened with and sends it on every call', async () => {
  const stored = new Map<string, string>();
  const calls: Array<{ url: string; headers: Record<string, string> }> = [];
  const page = { href: 'http://127.0.0.2:8787/#token=ui-token-from-the-url' };
  const realFetch = globalThis.fetch;
  Object.assign(globalThis, {
    location: page,
    sessionStorage: { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v) },
    history: { state: null, replaceState: (_s: unknown, _t: string, url: URL | string) => { page.href = String(url); } },
    fetch: async (url: string, init: { headers?: Record<string, string> } = {}) => {
      calls.push({ url, headers: init.headers ?? {} });
      return new Response('[]', { status: 200, headers: { 'content-type': 'application/json' } });
    },
  });
  try {
    const { api } = await import('../web/src/api.ts');
    assert.equal(page.href, 'http://127.0.0.2:8787/', 'the token is taken out of the address bar on load');
    await api.documents();
    await api.decide({ subject: 'actor:x', decision: 'accept' });
    assert.equal(calls[0]!.headers.authorization, 'Bearer ui-token-from-the-url');
    assert.equal(calls[1]!.headers.authorization, 'Bearer ui-token-from-the-url');
    assert.equal(calls[1]!.headers['content-type'], 'application/json');
    page.href = 'http://127.0.0.2:8787/?token=second-token#/actor/AQ';
    await api.graph();
    assert.equal(calls[2]!.headers.authorization, 'Bearer second-token');
    assert.equal(page.href, 'http://127.0.0.2:8787/#/actor/AQ', 'the view in the hash stays');
  } finally {
    for (const k of ['location', 'sessionStorage', 'history']) delete (globalThis as Record<string, unknown>)[k];
    globalThis.fetch = realFetch;
  }
});

test('runServe on a loopback address with --token enforces it over a real socket, with the body limit of --max-body-mb', async () => {
  const out = new PassThrough();
  const app = await runServe(['--host', '127.0.0.2', '--port', '0', '--token', TOKEN, '--web', webRoot, '--max-body-mb', '0.01'], db, out, {});
  try {
    const printed = String(out.read());
    const address = /at (http:\/\/127\.0\.0\.2:\d+)/.exec(printed)?.[1];
    assert.ok(address, printed);
    assert.ok(!printed.includes(TOKEN));
    assert.equal((await raw(address, '/api/documents')).status, 401);
    assert.equal((await raw(address, '/api/documents', { authorization: `Bearer ${TOKEN}` })).status, 200);
    assert.equal((await raw(address, '/')).status, 200);
    const big = JSON.stringify({ text: 'x'.repeat(20_000) });
    const tooLarge = await raw(address, '/api/ingest', { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, 'POST', big);
    assert.equal(tooLarge.status, 413);
    assert.equal(JSON.parse(tooLarge.body).error, 'too_large');
  } finally { await app.close(); }
});

test('an oversized POST /api/ingest gets 413 JSON and leaves the store as it was; without a token, 401 before the body is read', async () => {
  const before = snapshot();
  const huge = { text: `Hurras al-Din clashed with HTS. ${'x'.repeat(5 * 1024 * 1024)}` };
  const r = await open.inject({ method: 'POST', url: '/api/ingest', payload: huge });
  assert.equal(r.statusCode, 413);
  assert.equal(r.json().error, 'too_large');
  assert.equal((await guarded.inject({ method: 'POST', url: '/api/ingest', payload: huge })).statusCode, 401);
  assert.deepEqual(snapshot(), before);
});

test('long URLs: a 100 KB query gets 431 JSON on a socket; in process it is a parameter or a schema error; long path parts are no route', async () => {
  const long = 'a'.repeat(100_000);
  assert.deepEqual((await inject(open, `/api/relations?actor=${long}`)).json(), []);
  for (const url of [`/api/search?q=${long}`, `/api/actors?q=${long}`]) assert.equal((await inject(open, url)).statusCode, 400, url.slice(0, 20));
  const longKey = await inject(open, `/api/actors/${'a'.repeat(101)}`); // fastify's maxParamLength (100)
  assert.equal(longKey.statusCode, 404);
  assert.equal(longKey.json().error, 'not_found');
  const { address, close } = await listening();
  try {
    // A plain socket: the server answers and closes while the request is still arriving, which an HTTP client reports as a reset.
    const answer = await new Promise<string>((resolve) => {
      let text = '';
      const socket = connect(Number(new URL(address).port), '127.0.0.1', () => socket.end(`GET /api/relations?actor=${long} HTTP/1.1\r\nHost: x\r\n\r\n`));
      socket.setEncoding('utf8').on('data', (c: string) => { text += c; }).on('error', () => {}).on('close', () => resolve(text));
    });
    assert.match(answer, /^HTTP\/1\.1 431 /, 'Node refuses request heads over 16 KB');
    assert.equal(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)).statusCode, 431);
    assert.equal((await raw(address, '/api/documents')).status, 200, 'and keeps serving');
  } finally { await close(); }
});

test('path traversal: no path reaches a file outside the web root', async () => {
  const paths = [
    '/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fpackage.json', '/api/export/..%2f..%2fetc%2fpasswd',
    '/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/../../secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt', '/%252e%252e/secret.txt', '/..%5csecret.txt', '/%5c..%5csecret.txt', '/assets/....//....//secret.txt',
    '/%00/../secret.txt', '/..%c0%afsecret.txt', `/${join(tmp, 'site', 'secret.txt')}`, '//etc/passwd',
  ];
  const { address, close } = await listening();
  try {
    for (const path of paths) {
      const r = await raw(address, path);
      assert.ok([400, 403, 404].includes(r.status), `${path}: ${r.status}`);
      assert.ok(!r.body.includes(SECRET) && !r.body.includes('root:x:0:0'), `${path}: ${r.body.slice(0, 200)}`);
    }
  } finally { await close(); }
  for (const path of paths.slice(0, 4)) assert.ok([400, 403, 404].includes((await inject(open, path)).statusCode), path);
});

test('POST /api/ingest takes a file name, never a path: parent steps, absolute paths and backslashes get 400', async () => {
  const before = snapshot();
  for (const filename of ['../../x.txt', '/etc/passwd', '/tmp/x.txt', '..\\..\\x.txt', 'C:\\Windows\\x.txt', 'a/b.txt', 'ok.txt/', '..']) {
    const r = await open.inject({ method: 'POST', url: '/api/ingest', payload: { filename, text: 'Hurras al-Din clashed with HTS in Idlib.' } });
    assert.equal(r.statusCode, 400, filename);
    assert.equal(r.json().error, 'bad_request', filename);
  }
  assert.deepEqual(snapshot(), before);
});

const hasName = (key: string, text: string) =>
  !!store.prepare('SELECT 1 FROM actors a WHERE a.key = ? AND (instr(a.name, ?) OR EXISTS (SELECT 1 FROM actor_names n WHERE n.actor_key = a.key AND instr(n.name, ?)))').get(key, text, text);

const SQL = [
  "x' OR '1'='1", 'x" OR "1"="1', "'; DROP TABLE documents; --", '1; DELETE FROM claims', "%' OR 1=1 --", "' UNION SELECT sql, name FROM sqlite_master --",
  '1) OR (1=1', '\\', '%', '_', "'", 'NULL', '\u0000', "') ; ATTACH DATABASE '/tmp/pwn.db' AS p; --",
];

test('every filter is a parameter: SQL in any of them is matched as text (no rows) or refused by the schema, never run', async () => {
  const before = snapshot();
  const filters: Array<[string, string[]]> = [
    ['/api/relations', ['actor', 'type', 'certainty', 'from', 'to', 'negated', 'limit', 'offset']],
    ['/api/events', ['actor', 'type', 'from', 'to', 'bbox', 'limit', 'offset']],
    ['/api/graph', ['asOf', 'types', 'actor', 'minSupport', 'negated']],
    ['/api/actors', ['q', 'limit', 'offset']],
    ['/api/documents', ['limit', 'offset']],
    ['/api/review', ['status', 'kind', 'limit', 'offset']],
    ['/api/decisions', ['subject']],
    ['/api/export/json', ['asOf']],
  ];
  const everyActor = (await inject(open, '/api/actors?q=')).json().length; // one page, as below
  for (const [path, params] of filters) {
    for (const param of params) {
      for (const value of SQL) {
        const r = await inject(open, `${path}?${new URLSearchParams({ [param]: value })}`);
        const where = `${path} ${param}=${JSON.stringify(value)}`;
        assert.ok(r.statusCode === 200 || r.statusCode === 400, `${where}: ${r.statusCode} ${r.body.slice(0, 200)}`);
        const body = r.json();
        if (r.statusCode === 400) { assert.equal(body.error, 'bad_request', where); continue; }
        // Text filters come back empty, as no actor, type or subject is named like an injection;
        // an actor search finds only actors with the text in a name ("'" in Hay'at Tahrir al-Sham).
        if (path === '/api/graph') assert.equal(body.edges.length, 0, where);
        else if (path === '/api/actors' && param === 'q' && value === '\u0000') assert.equal(body.length, everyActor, 'a NUL ends SQLite\'s LIKE pattern: as an empty search');
        else if (path === '/api/actors' && param === 'q') for (const a of body as Array<{ key: string }>) assert.ok(hasName(a.key, value), `${where}: ${a.key}`);
        else if (path !== '/api/export/json') assert.deepEqual(body, [], where);
      }
    }
  }
  assert.ok(everyActor > 2, 'an empty name matches every actor; "%" and "_" above matched none');
  for (const value of SQL) {
    for (const subject of [value, `claim:${value}`, `actor:${value}`]) {
      const r = await open.inject({ method: 'POST', url: '/api/decisions', payload: { subject, decision: 'accept' } });
      assert.equal(r.statusCode, 400, subject);
    }
  }
  assert.deepEqual(snapshot(), before, 'no table, document or row was changed');
});

test('search: FTS5 syntax in the query is only words (no NEAR, OR, prefix *, column filters, quotes)', async () => {
  const before = snapshot();
  const search = async (q: string) => {
    const r = await inject(open, `/api/search?${new URLSearchParams({ q })}`);
    assert.equal(r.statusCode, 200, `${q}: ${r.body.slice(0, 200)}`);
    return r.json() as Array<{ id: number }>;
  };
  for (const q of ['NEAR(', 'NEAR(Khan Asal, 2)', '"', '""', '"Khan', '*', 'Kha*', 'OR', 'Khan OR', 'AND NOT', 'title:Khan', '{title text}:Khan', 'text : Khan',
    '^Khan', '-Khan', '+Khan', '(', ')', 'Khan)', "'", ...SQL.filter((s) => s !== '\u0000')]) await search(q);
  assert.ok((await search('Khan')).length > 0);
  assert.deepEqual(await search('Kha*'), [], '* is no prefix query');
  assert.deepEqual(await search('Khan OR zzzqqqxx'), [], 'OR is a word: both must match');
  assert.deepEqual(await search('*'), []);
  assert.deepEqual(snapshot(), before);
});

test('export neo4j --out writes a new, empty or earlier-export folder, and refuses any other', () => {
  const base = mkdtempSync(join(tmpdir(), 'fg-export-'));
  const out = new PassThrough();
  const fresh = join(base, 'fresh');
  runExport(['neo4j', '--out', fresh], db, out);
  assert.ok(['nodes.csv', 'relationships.csv', 'import.cypher'].every((f) => existsSync(join(fresh, f))));
  runExport(['neo4j', '--out', fresh], db, out); // an earlier export is overwritten
  mkdirSync(join(base, 'empty'));
  runExport(['neo4j', '--out', join(base, 'empty')], db, out);

  const mine = join(base, 'my-project');
  mkdirSync(mine);
  writeFileSync(join(mine, 'thesis.md'), 'two years of work');
  writeFileSync(join(mine, 'nodes.csv'), 'my own nodes');
  assert.throws(() => runExport(['neo4j', '--out', mine], db, out), UsageError);
  assert.equal(readFileSync(join(mine, 'nodes.csv'), 'utf8'), 'my own nodes');
  assert.ok(!existsSync(join(mine, 'relationships.csv')));

  const linked = join(base, 'linked');
  mkdirSync(linked);
  writeFileSync(join(base, 'outside.txt'), 'not to be overwritten');
  symlinkSync(join(base, 'outside.txt'), join(linked, 'nodes.csv'));
  assert.throws(() => runExport(['neo4j', '--out', linked], db, out), UsageError, 'a link among the files is refused');
  assert.equal(readFileSync(join(base, 'outside.txt'), 'utf8'), 'not to be overwritten');

  writeFileSync(join(base, 'a-file'), 'x');
  assert.throws(() => runExport(['neo4j', '--out', join(base, 'a-file')], db, out), UsageError);
});
