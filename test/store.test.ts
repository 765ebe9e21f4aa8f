// The store and the merged graph on a real SQLite database: ingesting twice stores nothing new,
// a syndicated copy is linked and not counted twice, the graph as of a date leaves out what came
// later, and every export is checked: STIX against the OASIS schemas, GraphML and GEXF parsed
// back, the ACLED CSV's columns, the Neo4j files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { DOMParser } from 'linkedom';
import { runIngest } from '../src/cli/ingest-command.ts';
import { openStore } from '../src/store/index.ts';
import { edges, actorProfile } from '../src/graph/index.ts';
import { exportCorpus, ACLED_COLUMNS } from '../src/export/index.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const seeds = join(root, 'examples/corpus');
const sink = () => new PassThrough();

function freshStore(): string {
  return join(mkdtempSync(join(tmpdir(), 'fg-store-')), 'test.db');
}

test('ingesting twice stores each document once; a syndicated copy is linked, not counted twice', () => {
  const db = freshStore();
  assert.deepEqual(runIngest({ paths: [seeds], db, maxMegabytes: 16, published: null }, sink(), sink()), { stored: 5, near_duplicate: 0, unchanged: 0, failed: 0 });
  const before = edges(openStore(db));
  assert.deepEqual(runIngest({ paths: [seeds], db, maxMegabytes: 16, published: null }, sink(), sink()), { stored: 0, near_duplicate: 0, unchanged: 5, failed: 0 });
  const dir = mkdtempSync(join(tmpdir(), 'fg-copy-'));
  const text = readFileSync(join(seeds, '004_37bf93336fcb1394.txt'), 'utf8');
  writeFileSync(join(dir, 'syndicated.txt'), text.replace('Airstrike targeted Al Qaeda leadership in Syria, U.S. military says', 'US strike hits al-Qaeda leaders in Idlib (wire copy)'));
  assert.equal(runIngest({ paths: [dir], db, maxMegabytes: 16, published: null }, sink(), sink()).near_duplicate, 1);
  const store = openStore(db);
  assert.equal((store.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n, 6);
  assert.deepEqual(edges(store).map((e) => `${e.type}|${e.source}|${e.target}|${e.support}`), before.map((e) => `${e.type}|${e.source}|${e.target}|${e.support}`));
  store.close();
});

test('merged edges carry support, sources, first and last seen, certainty mix and evidence; as-of leaves out later reporting', () => {
  const db = freshStore();
  const dir = mkdtempSync(join(tmpdir(), 'fg-two-'));
  for (const f of readdirSync(seeds)) copyFileSync(join(seeds, f), join(dir, f));
  runIngest({ paths: [dir], db, maxMegabytes: 16, published: null }, sink(), sink());
  const store = openStore(db);
  const hd = edges(store).find((e) => e.type === 'affiliate_of' && e.source === 'hurras_al_din' && e.target === 'al_qaeda');
  assert.ok(hd, 'Hurras al-Din affiliate of al-Qaeda');
  assert.ok(hd.documents >= 2 && hd.support >= 2 && hd.evidence.length >= 2);
  assert.ok(hd.certainty.asserted >= 1);
  assert.equal(hd.first_seen, hd.evidence.map((x) => x.published).sort()[0]);
  assert.ok(hd.first_seen! <= hd.last_seen!);
  const denied = edges(store, { includeNegated: true }).find((e) => e.negated && e.type === 'pledged_allegiance_to');
  assert.ok(denied && denied.contradicted_by >= 1, 'a denied pledge stays visible with its contradiction');
  const asOf2016 = edges(store, { asOf: '2016-01-01' });
  assert.ok(asOf2016.every((e) => !e.first_seen || e.first_seen <= '2016-01-01'));
  assert.ok(!asOf2016.some((e) => e.source === 'hurras_al_din'), 'Hurras al-Din (2018-) is not in the 2016 graph');
  const profile = actorProfile(store, 'hurras_al_din');
  assert.ok(profile && profile.names.some((n) => n.name === 'HAD') && profile.structure.length > 0);
  store.close();
});

test('every export is valid: STIX against the OASIS schemas, GraphML and GEXF parsed back, CSV columns, Neo4j files', () => {
  const db = freshStore();
  runIngest({ paths: [seeds], db, maxMegabytes: 16, published: null }, sink(), sink());
  const store = openStore(db);

  const schemas = join(process.env.FACTIONGRAPH_SHARED ?? join(root, '../shared'), 'schemas/stix2.1');
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats.default(ajv);
  // The observable schemas are not shipped, so the objects that need them (observed-data) are left out.
  // The bundle's item list names every object type, observables among them, so the bundle is
  // checked with its items opened up, and each object against its own type's schema.
  for (const dir of ['common', 'sdos', 'sros']) {
    for (const f of readdirSync(join(schemas, dir)).filter((x) => x.endsWith('.json') && x !== 'observed-data.json')) {
      const schema = JSON.parse(readFileSync(join(schemas, dir, f), 'utf8'));
      if (f === 'bundle.json') schema.properties.objects.items = { type: 'object', required: ['type', 'id'] };
      ajv.addSchema(schema);
    }
  }
  const schemaOf = (type: string) => ajv.getSchema(`http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/${type === 'relationship' ? 'sros' : 'sdos'}/${type}.json`)!;
  const bundle = JSON.parse(exportCorpus(store, 'stix', {}, '2026-11-23T00:00:00Z') as string);
  const validBundle = ajv.getSchema('http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/common/bundle.json')!;
  assert.ok(validBundle(bundle), JSON.stringify(validBundle.errors?.slice(0, 3)));
  const types = new Set<string>();
  for (const o of bundle.objects) {
    types.add(o.type);
    const valid = schemaOf(o.type);
    assert.ok(valid(o), `${o.type} ${o.id}: ${JSON.stringify(valid.errors?.slice(0, 3))}`);
  }
  for (const t of ['intrusion-set', 'identity', 'relationship', 'report', 'location']) assert.ok(types.has(t), `no ${t} in the bundle`);

  for (const format of ['graphml', 'gexf']) {
    const doc = new DOMParser().parseFromString(exportCorpus(store, format) as string, 'text/xml');
    const nodes = doc.getElementsByTagName('node'), links = doc.getElementsByTagName('edge');
    assert.ok(nodes.length > 20 && links.length > 30, `${format}: ${nodes.length} nodes, ${links.length} edges`);
    const ids = new Set([...nodes].map((n) => n.getAttribute('id')));
    for (const e of links) assert.ok(ids.has(e.getAttribute('source')) && ids.has(e.getAttribute('target')), `${format}: dangling edge`);
  }

  const lines = (exportCorpus(store, 'acled-csv') as string).trim().split('\n');
  assert.equal(lines[0], ACLED_COLUMNS.join(','));
  assert.ok(lines.length > 10);
  const neo = exportCorpus(store, 'neo4j') as Record<string, string>;
  assert.deepEqual(Object.keys(neo).sort(), ['import.cypher', 'nodes.csv', 'relationships.csv']);
  assert.match(neo['relationships.csv']!.split('\n')[0]!, /^:START_ID,:END_ID,:TYPE/);
  const json = JSON.parse(exportCorpus(store, 'json') as string);
  assert.ok(json.nodes.length && json.edges.length && json.events.length);
  store.close();
});
