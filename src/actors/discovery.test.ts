// Discovery without knowledge: with a tiny knowledge base (test/fixtures/knowledge), groups in
// no dictionary are found from their names, acronyms and context, in any theatre.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../knowledge/index.ts';
import { loadSectionCues, type SourceDocument } from '../ingest/index.ts';
import { createExtractor } from '../pipeline.ts';

const tiny = fileURLToPath(new URL('../../test/fixtures/knowledge/actors', import.meta.url));
const extractor = createExtractor(loadKnowledge({ actorsDir: tiny }), loadSectionCues());
const actorsOf = (text: string) => {
  const doc: SourceDocument = { id: 't', source: 't', format: 'txt', text, title: null, url: null, byline: null, published: '2020-01-01', knownBoilerplate: [] };
  return extractor.extract(doc).actors;
};
const label = (a: { known_id: string | null; name: string }) => a.known_id ?? `new:${a.name}`;

const ROWS: Array<{ text: string; has: string[]; not?: string[]; mention?: [string, string] }> = [
  { text: 'Islamic State West Africa Province (ISWAP) fighters overran the base. ISWAP later withdrew.',
    has: ['new:Islamic State West Africa Province'], not: ['islamic_state'], mention: ['new:Islamic State West Africa Province', 'ISWAP'] },
  { text: 'Islamabad accuses Kabul of sheltering Tehrik-i-Taliban Pakistan (TTP) fighters.', has: ['new:Tehrik-i-Taliban Pakistan'] },
  { text: 'ISKP claimed the bombing at the Kabul airport.', has: ['new:ISKP'] },
  { text: 'In 2015 the Islamic Movement of Sinai pledged allegiance to the Islamic State.', has: ['new:Islamic Movement of Sinai'] },
  { text: 'The Popular Front for the Liberation of Sinjar attacked the villages.', has: ['new:Popular Front for the Liberation of Sinjar'], not: ['pflp'] },
  { text: 'Fighters from the 444 Combat Brigade clashed with a rival militia in Tripoli.', has: ['new:444 Combat Brigade'] },
  { text: 'The Abu Sayyaf Group kidnapped two fishermen off Basilan.', has: ['new:Abu Sayyaf Group'], not: ['new:Abu Sayyaf'] },
  { text: 'Ansar al Islam, which goes by the moniker Jamaat Ansar al Islam in Syria, coordinated with the Al Nusrah Front.', has: ['new:Ansar al Islam', 'nusra_front'], not: ['new:Jamaat Ansar al Islam'] },
  { text: 'The brigade is made up of three units: Liwa al-Haqq, the Men of Allah and the Swords of the Most Compassionate.', has: ['new:Liwa al-Haqq', 'new:Men of Allah', 'new:Swords of the Most Compassionate'] },
];

for (const row of ROWS) {
  test(`discovery: ${row.text}`, () => {
    const actors = actorsOf(row.text);
    const got = actors.map(label);
    for (const h of row.has) assert.ok(got.includes(h), `missing ${h}; got ${got.join(', ')}`);
    for (const n of row.not ?? []) assert.ok(!got.includes(n), `unexpected ${n}; got ${got.join(', ')}`);
    if (row.mention) assert.ok(actors.find((a) => label(a) === row.mention![0])?.mentions.some((m) => m.text === row.mention![1]));
  });
}
