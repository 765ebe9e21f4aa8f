// `npm run eval`: extracts the dev seeds (publication dates from the gold files where known) and
// prints the scorer's table against ../shared/eval/dev. Extra words go to the scorer (--verbose).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { readInputs, loadSectionCues } from '../src/ingest/index.ts';
import { loadKnowledge } from '../src/knowledge/index.ts';
import { createExtractor } from '../src/pipeline.ts';
import { FactiongraphError } from '../src/errors.ts';

const shared = resolve(process.env.FACTIONGRAPH_SHARED ?? '../shared');
const seeds = join(shared, 'corpus/seeds');
const gold = join(shared, 'eval/dev');
const published = new Map<string, string | null>();
for (const f of readdirSync(gold).filter((n) => n.endsWith('.gold.json'))) {
  const g = JSON.parse(readFileSync(join(gold, f), 'utf8')) as { document: string; published: string | null };
  published.set(g.document.replace(/\.[^.]+$/, ''), g.published);
}

const extractor = createExtractor(loadKnowledge(), loadSectionCues());
const lines: string[] = [];
for (const doc of readInputs([seeds])) {
  if (doc instanceof FactiongraphError) { console.error(doc.message); continue; }
  lines.push(JSON.stringify(extractor.extract(doc, { published: published.get(doc.id) ?? null })));
}
mkdirSync('.eval', { recursive: true });
const pred = join('.eval', 'dev.jsonl');
writeFileSync(pred, `${lines.join('\n')}\n`);
const run = spawnSync(process.execPath, [join(shared, 'eval/score.mjs'), '--gold', gold, '--docs', seeds, '--pred', pred, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = run.status ?? 1;
