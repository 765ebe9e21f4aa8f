// Every relation rule reads its own example sentence (data/lexicon/relation-rules.yaml), and the
// rule file's patterns compile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../knowledge/index.ts';
import { loadSectionCues, type SourceDocument } from '../ingest/index.ts';
import { createExtractor } from '../pipeline.ts';
import { loadRelationRules } from './index.ts';

const extractor = createExtractor(loadKnowledge(), loadSectionCues());
const rules = loadRelationRules();

test('there is a rule for every relation type', () => {
  const types = new Set(rules.map((r) => r.type));
  for (const t of ['allied_with', 'hostile_to', 'affiliate_of', 'member_of', 'leader_of', 'pledged_allegiance_to', 'successor_of', 'splinter_of', 'supported_by']) {
    assert.ok(types.has(t as never), `no rule for ${t}`);
  }
});

for (const rule of rules) {
  test(`rule ${rule.id} reads its example`, () => {
    const doc: SourceDocument = { id: 't', source: 't', format: 'txt', text: rule.example, title: null, url: null, byline: null, published: '2020-01-01', knownBoilerplate: [] };
    const out = extractor.extract(doc);
    const fired = out.relations.filter((r) => r.rule.startsWith(rule.id));
    assert.ok(fired.some((r) => r.type === rule.type), `${rule.id} did not fire on: ${rule.example}\n  got: ${out.relations.map((r) => `${r.rule}:${r.type}`).join(', ') || 'nothing'}\n  actors: ${out.actors.map((a) => a.name).join(', ')}`);
  });
}
