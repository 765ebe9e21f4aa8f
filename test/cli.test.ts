// End to end: the factiongraph command on a folder of good and bad files prints one JSON line
// per good document, one error line per bad file, and an exit code that says some failed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'bin/factiongraph.js');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

test('extract prints one GUIDE-shaped JSON line per document and one error line per bad file', () => {
  const d = mkdtempSync(join(tmpdir(), 'fg-cli-'));
  copyFileSync(join(root, 'examples/corpus/003_59c46eef33fa96c8.txt'), join(d, 'a-seed.txt'));
  writeFileSync(join(d, 'b-bad.json'), '{"id": ');
  writeFileSync(join(d, 'c-latin1.txt'), Buffer.from([0x41, 0xe9, 0x42]));
  writeFileSync(join(d, 'd-records.jsonl'), JSON.stringify({ id: 'wire-1', text: 'Hurras al-Din (HAD) clashed with Hay’at Tahrir al-Sham near Idlib. HAD later denied it.', published: '2020-06-20' }) + '\n');
  const r = run('extract', d, '--published', '2013-07-24');
  assert.equal(r.status, 1, r.stderr);
  const errors = r.stderr.trim().split('\n');
  assert.equal(errors.length, 2, r.stderr);
  assert.match(errors[0]!, /^ingest: .*b-bad\.json: not valid JSON/);
  assert.match(errors[1]!, /^ingest: .*c-latin1\.txt: not valid UTF-8/);
  const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(docs.map((x) => x.document.id), ['a-seed', 'wire-1']);
  for (const x of docs) {
    assert.deepEqual(Object.keys(x).sort(), ['actors', 'background', 'dates', 'document', 'events', 'places', 'relations', 'sections']);
    for (const a of x.actors) for (const m of a.mentions) assert.equal(typeof m.start, 'number');
  }
  assert.equal(docs[0].document.published, '2013-07-24');
  assert.equal(docs[1].document.published, '2020-06-20');
  const names = docs[1].actors.map((a: { name: string }) => a.name);
  assert.ok(names.includes('Hurras al-Din'), names.join(', '));
  const had = docs[1].actors.find((a: { name: string }) => a.name === 'Hurras al-Din');
  assert.deepEqual(had.mentions.map((m: { text: string }) => m.text), ['Hurras al-Din', 'HAD', 'HAD']);
});

test('offsets point into the text as read, and mentions in comments are marked', () => {
  const file = join(root, 'examples/corpus/002_ff62e866d61d8aab.txt');
  const r = run('extract', file, '--with-text');
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  for (const a of doc.actors) for (const m of a.mentions) assert.equal(doc.document.text.slice(m.start, m.end), m.text);
  const commentStart = doc.document.text.indexOf('12 Comments');
  for (const a of doc.actors) for (const m of a.mentions) if (m.start > commentStart) assert.notEqual(m.section, 'body', `${m.text} at ${m.start}`);
});

test('usage errors exit 2 with one line', () => {
  const r = run('extract', 'x.txt', '--published', 'yesterday');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^usage: --published expects a date YYYY-MM-DD/);
  assert.equal(run('frobnicate').status, 2);
});

test('--help after a command prints the usage and exits 0; an unknown option exits 2', () => {
  const help = run('extract', '--help');
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /^usage: factiongraph extract/);
  const bad = run('extract', '--bogus', 'x.txt');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /unknown option --bogus/);
});
