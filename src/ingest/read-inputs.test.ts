// Reading inputs: every format, and bad input giving one clear IngestError per file while the
// rest of the batch goes on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs, type ReadResult } from './index.ts';
import { IngestError } from '../errors.ts';

function dir(files: Record<string, string | Uint8Array>): string {
  const d = mkdtempSync(join(tmpdir(), 'fg-ingest-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(d, name, '..'), { recursive: true });
    writeFileSync(join(d, name), content);
  }
  return d;
}

const docs = (rs: ReadResult[]) => rs.filter((r): r is Exclude<ReadResult, IngestError> => !(r instanceof IngestError));
const errors = (rs: ReadResult[]) => rs.filter((r): r is IngestError => r instanceof IngestError);

test('a directory of every format reads in name order, recursively', () => {
  const d = dir({
    'a.txt': 'Headline\n\nBody text about HTS.',
    'b.jsonl': '{"id":"r1","text":"HTS attacked.","published":"2020-05-01"}\n\n{"id":"r2","html":"<p>Body of r2 is here and long enough.</p>"}\n',
    'c.json': '[{"id":"j1","text":"One.","title":"T1"},{"id":"j2","text":"Two."}]',
    'sub/d.html': '<html><head><title>T</title><meta property="article:published_time" content="2019-08-31T10:00:00Z"></head><body><article><h1>Strike in Idlib</h1><p>The U.S. military struck a facility north of Idlib on Saturday, according to a statement.</p><figure><figcaption>Photo: a screenshot of the video</figcaption></figure><p>Hurras al-Din members were reportedly present at the facility at the time.</p></article></body></html>',
    'ignored.png': new Uint8Array([137, 80, 78, 71]),
  });
  const rs = [...readInputs([d])];
  assert.deepEqual(errors(rs).map((e) => e.message), []);
  const got = docs(rs);
  assert.deepEqual(got.map((x) => x.id), ['a', 'r1', 'r2', 'j1', 'j2', 'd']);
  assert.equal(got[0]!.title, 'Headline');
  assert.equal(got[1]!.published, '2020-05-01');
  assert.equal(got[3]!.title, 'T1');
  const html = got[5]!;
  assert.equal(html.published, '2019-08-31');
  assert.match(html.text, /north of Idlib/);
  assert.ok(html.knownBoilerplate.some((s) => html.text.slice(s.start, s.end).startsWith('Photo:')));
});

test('bad files each give one IngestError naming the file, and the batch goes on', () => {
  const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
  const d = dir({
    '1-binary.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]),
    '2-empty.txt': '   \n\n',
    '3-latin1.txt': new Uint8Array([0x48, 0x54, 0x53, 0x20, 0xe9, 0x74, 0xe9]),
    '4-big.txt': big,
    '5-broken.json': '{"id": "x", "text": ',
    '6-lines.jsonl': '{"id":"ok","text":"Fine."}\n{not json}\n{"id":"no-text"}\n',
    '7-good.txt': 'A good document about Ansar al-Islam.',
    '8-array.json': '[1, {"id":"y","text":"Fine too."}]',
  });
  const rs = [...readInputs([d, join(d, 'missing.txt')])];
  const errs = errors(rs).map((e) => e.message);
  const expect = [
    /1-binary\.txt: binary file/, /2-empty\.txt: empty document/, /3-latin1\.txt: not valid UTF-8 \(first bad byte at offset 4\)/,
    /4-big\.txt: too large \(50\.0 MB/, /5-broken\.json: not valid JSON/, /6-lines\.jsonl: line 2: not valid JSON/,
    /6-lines\.jsonl: line 3: missing "text" or "html"/, /8-array\.json: record 1: a record must be a JSON object/, /missing\.txt: no such file/,
  ];
  assert.equal(errs.length, expect.length, errs.join('\n'));
  expect.forEach((re, i) => assert.match(errs[i]!, re));
  for (const e of errs) assert.match(e, /^ingest: /);
  assert.deepEqual(docs(rs).map((x) => x.id), ['ok', '7-good', 'y']);
});

test('an unsupported file named on its own is refused; a byte-order mark is kept so offsets match the file', () => {
  const d = dir({ 'x.pdf': '%PDF-1.4', 'bom.txt': '\uFEFFHTS took the town.' });
  const [pdf] = [...readInputs([join(d, 'x.pdf')])];
  assert.ok(pdf instanceof IngestError && /unsupported file type "\.pdf"/.test(pdf.message));
  const [bom] = [...readInputs([join(d, 'bom.txt')])];
  assert.ok(bom && !(bom instanceof IngestError) && bom.text.startsWith('\uFEFF') && bom.title === 'HTS took the town.');
});
