// Invariants of actor mentions over every page at hand (the example corpus and the composed
// pages): offsets point at the mention's text, no mention runs across a line break, and no
// actor is taken from a comment or boilerplate line as body.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadKnowledge } from '../knowledge/index.ts';
import { loadSectionCues, readInputs } from '../ingest/index.ts';
import { createExtractor } from '../pipeline.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const extractor = createExtractor(loadKnowledge(), loadSectionCues());
const docs = [...readInputs([join(root, 'examples/corpus'), join(root, 'examples/composed')])].filter((d) => !(d instanceof Error));

test('the pages at hand are read', () => assert.ok(docs.length >= 15, `${docs.length} documents`));

for (const doc of docs) {
  if (doc instanceof Error) continue;
  test(`mention invariants on ${doc.id}`, () => {
    const out = extractor.extract(doc);
    for (const a of out.actors) {
      assert.ok(a.mentions.length > 0, `${a.name} has no mention`);
      for (const m of a.mentions) {
        assert.equal(doc.text.slice(m.start, m.end), m.text);
        assert.ok(!m.text.includes('\n'), `mention across a line break: ${JSON.stringify(m.text)}`);
        const section = out.sections.find((s) => s.start <= m.start && m.start < s.end);
        assert.equal(m.section, section?.kind ?? 'boilerplate');
      }
    }
  });
}
