// A reproducible large graph for UI benchmarks: N actors and E relation claims in one generated
// document, shaped like extractor output (so it is stored by the real store code). Seeded.
import type { SourceDocument } from '../src/ingest/index.ts';
import type { DocumentJson } from '../src/output/index.ts';
import { ACTOR_KINDS, CERTAINTIES, RELATION_TYPES } from '../src/ontology.ts';
import { seeded } from '../test/corpus-generator.ts';

export function syntheticGraphDocument(nodes: number, edges: number, seed: number): { doc: SourceDocument; out: DocumentJson } {
  const rand = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const names = Array.from({ length: nodes }, (_, i) => `Group ${i.toString(36).toUpperCase()}`);
  // Preferential attachment: a few hubs, many small actors, as in real reporting.
  const ends: number[] = [0];
  const sentences: string[] = [];
  const relations: DocumentJson['relations'] = [];
  let offset = 0;
  for (let i = 0; i < edges; i++) {
    const s = i < nodes ? i : Math.floor(rand() * nodes);
    const t = rand() < 0.7 ? ends[Math.floor(rand() * ends.length)]! : Math.floor(rand() * nodes);
    if (s === t) continue;
    ends.push(s, t);
    const type = pick(RELATION_TYPES);
    const text = `${names[s]} ${type.replace(/_/g, ' ')} ${names[t]}.`;
    relations.push({ type, source: `g${s}`, target: `g${t}`, negated: rand() < 0.05, certainty: pick(CERTAINTIES), attributed_to: null, valid_from: null, valid_to: null,
      evidence: { start: offset, end: offset + text.length, text }, section: 'body', rule: 'synthetic' });
    sentences.push(text);
    offset += text.length + 1;
  }
  const text = sentences.join('\n');
  const doc: SourceDocument = { id: `synthetic-${nodes}-${edges}-${seed}`, source: 'synthetic', format: 'txt', text, title: `Synthetic graph ${nodes}/${edges}`, url: null, byline: null, published: '2024-01-01', knownBoilerplate: [] };
  const kinds = ACTOR_KINDS.filter((k) => k !== 'person');
  const out: DocumentJson = {
    document: { id: doc.id, source: doc.source, format: 'txt', title: doc.title, url: null, byline: null, published: doc.published, published_inferred: null },
    sections: [{ kind: 'body', start: 0, end: text.length, cue: 'synthetic' }],
    actors: names.map((name, i) => ({ id: `g${i}`, name, kind: kinds[i % kinds.length]!, known_id: null, discovered: true, aliases: [], mentions: [{ text: name, start: 0, end: 0, section: 'body', rule: 'synthetic' }] })),
    relations, events: [], background: [], places: [], dates: [],
  };
  return { doc, out };
}
