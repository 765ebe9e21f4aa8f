// Listing claims off the date indexes gives the page the one sorted query gives, for every
// filter and for an actor on either end, across pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, storeDocument, type Store } from '../store/index.ts';
import { createExtractor } from '../pipeline.ts';
import { loadKnowledge } from '../knowledge/index.ts';
import { loadSectionCues } from '../ingest/index.ts';
import { generateArticles } from '../../test/corpus-generator.ts';
import { listClaims, type ClaimListQuery } from './claim-list.ts';

function byOneQuery(db: Store, q: ClaimListQuery) {
  return db.prepare(`SELECT c.id FROM claims c JOIN documents d ON d.id = c.document_id
    WHERE (@actor IS NULL OR c.source_key = @actor OR c.target_key = @actor) AND (@type IS NULL OR c.type = @type) AND (@certainty IS NULL OR c.certainty = @certainty)
      AND (@from IS NULL OR d.published >= @from) AND (@to IS NULL OR d.published <= @to) AND (@negated IS NULL OR c.negated = @negated)
    ORDER BY d.published, c.id LIMIT @limit OFFSET @offset`).all({
    actor: q.actor ?? null, type: q.type ?? null, certainty: q.certainty ?? null, from: q.from ?? null, to: q.to ?? null,
    negated: q.negated === undefined ? null : q.negated ? 1 : 0, limit: q.limit, offset: q.offset,
  }).map((r) => (r as { id: number }).id);
}

test('pages of claims by actor, type, certainty, dates and polarity match one sorted query', () => {
  const db = openStore(join(mkdtempSync(join(tmpdir(), 'fg-claims-')), 'store.db'));
  const extractor = createExtractor(loadKnowledge(), loadSectionCues());
  for (const doc of generateArticles(80, 17)) {
    const out = extractor.extract(doc);
    if (doc.id.endsWith('3')) { out.document.published = null; out.document.published_inferred = null; }
    storeDocument(db, doc, out);
  }
  const busiest = (db.prepare('SELECT source_key AS key FROM claims GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 2').all() as Array<{ key: string }>).map((r) => r.key);
  const queries: Array<Omit<ClaimListQuery, 'limit' | 'offset'>> = [
    {}, { type: 'hostile_to' }, { certainty: 'hedged' }, { from: '2016-01-01', to: '2019-12-31' }, { negated: true }, { negated: false },
    ...busiest.flatMap((actor) => [{ actor }, { actor, type: 'allied_with' }, { actor, from: '2018-01-01' }]),
  ];
  let compared = 0;
  for (const q of queries) {
    for (const [limit, offset] of [[10, 0], [25, 10], [100, 0], [7, 200]] as const) {
      const want = byOneQuery(db, { ...q, limit, offset });
      assert.deepEqual(listClaims(db, { ...q, limit, offset }).map((c) => c.id), want, `${JSON.stringify(q)} ${limit}@${offset}`);
      compared += want.length;
    }
  }
  assert.ok(compared > 500, `${compared} claims compared`);
  db.close();
});
