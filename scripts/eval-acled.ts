// `npm run eval:acled`: the ACLED benchmark of ../shared/eval/acled.mjs (GUIDE.md §9) on the
// samples the issues name. ACLED's rows are a yardstick only: nothing from them enters the project.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { loadSectionCues, readInputs } from '../src/ingest/index.ts';
import { loadKnowledge } from '../src/knowledge/index.ts';
import { createExtractor } from '../src/pipeline.ts';
import { FactiongraphError } from '../src/errors.ts';

const shared = resolve(process.env.FACTIONGRAPH_SHARED ?? '../shared');
const acled = join(shared, 'eval/acled.mjs');
const RUNS: Array<{ name: string; csv: string; args: string[] }> = [
  { name: 'Syria battles 2019-2023 (every 10th)', csv: 'external/acled-syria-battles-2017-2023/acled_syria_battles_2017_2023.csv', args: ['--since', '2019', '--every', '10'] },
  { name: 'Syria and Iraq, 2020 sample', csv: 'external/acled-sample-2020-04-27-to-05-09/acled_syria_iraq.csv', args: [] },
  { name: 'other MENA, Africa, Af-Pak, 2020 sample (every 2nd)', csv: 'external/acled-sample-2020-04-27-to-05-09/acled_other_mena_africa_afpak.csv', args: ['--every', '2'] },
];

const extractor = createExtractor(loadKnowledge(), loadSectionCues());
mkdirSync('.eval', { recursive: true });
for (const run of RUNS) {
  const csv = join(shared, run.csv);
  const input = join('.eval', 'acled-in.jsonl'), pred = join('.eval', 'acled-out.jsonl');
  writeFileSync(input, execFileSync(process.execPath, [acled, 'input', '--csv', csv, ...run.args], { maxBuffer: 256 * 1024 * 1024 }));
  const lines: string[] = [];
  for (const doc of readInputs([input])) {
    if (doc instanceof FactiongraphError) { console.error(doc.message); continue; }
    lines.push(JSON.stringify(extractor.extract(doc)));
  }
  writeFileSync(pred, `${lines.join('\n')}\n`);
  console.log(`\n## ${run.name}`);
  console.log(execFileSync(process.execPath, [acled, 'score', '--csv', csv, ...run.args, '--pred', pred], { encoding: 'utf8' }).trim());
}
