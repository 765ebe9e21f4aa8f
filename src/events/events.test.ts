// Table-driven events: typing, roles, places, dates and fatalities, on sentences written for
// these tests; and every event rule reads its own example.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../knowledge/index.ts';
import { loadSectionCues, type SourceDocument } from '../ingest/index.ts';
import { createExtractor } from '../pipeline.ts';
import { loadEventRules, fatalitiesIn, loadEventCues } from './index.ts';

const extractor = createExtractor(loadKnowledge(), loadSectionCues());

function extract(text: string, published = '2019-08-31') {
  const doc: SourceDocument = { id: 't', source: 't', format: 'txt', text, title: null, url: null, byline: null, published, knownBoilerplate: [] };
  return extractor.extract(doc);
}

/** Events as "sub-event [initiators] -> [targets] @place date f=N". */
function eventsOf(text: string, published?: string): string[] {
  const out = extract(text, published);
  const label = new Map(out.actors.map((a) => [a.id, a.known_id ?? `new:${a.name}`]));
  return out.events.map((e) => `${e.sub_event_type} [${e.actors.map((a) => label.get(a)).join(', ')}] -> [${e.targets.map((a) => label.get(a)).join(', ')}] @${e.location?.name ?? '?'} ${e.date ?? '?'} f=${e.fatalities ?? '?'}`);
}

const ROWS: Array<{ text: string; published?: string; has: string[]; not?: string[]; skip?: string }> = [
  { text: 'M23 rebels, who are backed by Rwanda, captured Goma in January 2025.', has: ['Non-state actor overtakes territory [m23] -> [] @Goma 2025-01 f=?'] },
  { text: 'According to the Pentagon, al-Shabaab attacked Somali army positions near Jilib.', has: ['Armed clash [al_shabaab] -> [somalia] @Jilib ? f=?'], not: ['Armed clash [united_states, al_shabaab] -> [somalia] @Jilib ? f=?'] },
  { text: 'The U.S. military killed a senior al-Shabaab commander in an airstrike near Jilib on Monday.', has: ['Air/drone strike [united_states] -> [al_shabaab] @Jilib 2019-08-26 f=?'], not: ['Armed clash [united_states] -> [al_shabaab] @Jilib 2019-08-26 f=?'] },
  { text: 'Houthi forces launched a drone attack on an oil facility in Jeddah, the coalition said.', has: ['Air/drone strike [houthis] -> [] @Jeddah ? f=?'] },
  { text: 'Wagner Group mercenaries and Malian soldiers executed some 300 civilians in Moura in March 2022.', has: ['Attack [wagner_group, mali] -> [] @Moura 2022-03 f=300'] },
  { text: 'Hay’at Tahrir al-Sham fighters captured the town of Kafr Nabudah from the Syrian army on Tuesday.', has: ['Non-state actor overtakes territory [hts] -> [syria] @Kafr Nabudah 2019-08-27 f=?'] },
  { text: 'Syrian army troops recaptured Khan Shaykhun on August 20, killing at least 12 militants.', has: ['Government regains territory [syria] -> [] @Khan Shaykhun 2019-08-20 f=12'] },
  { text: 'Jaysh al-Izza clashed with regime forces near Latamneh earlier this month, and 7 fighters were killed.', has: ['Armed clash [jaysh_al_izza] -> [syria] @Latamneh 2019-08 f=7'] },
  { text: 'A Russian airstrike hit a market in Maarat al-Numan on July 22, killing 39 people.', has: ['Air/drone strike [russia] -> [] @Maarat al-Numan 2019-07-22 f=39'] },
  { text: 'An Islamic State suicide bomber killed 14 people at a checkpoint in Hajin last year.', published: '2020-05-01', has: ['Suicide bomb [islamic_state] -> [] @Hajin 2019 f=14'] },
  { text: 'Hurras al-Din shelled regime positions in Kafr Nabudah with mortars.', has: ['Shelling/artillery/missile attack [hurras_al_din] -> [syria] @Kafr Nabudah ? f=?'] },
  { text: 'An IED exploded under a patrol of the Iraqi army near Tarmiyah on Monday.', has: ['Remote explosive/landmine/IED [] -> [iraq] @Tarmiyah 2019-08-26 f=?'] },
  { text: 'The Islamic State executed 11 captured Iraqi soldiers in Hawija.', has: ['Attack [islamic_state] -> [] @Hawija ? f=11'] },
  { text: 'Hay’at Tahrir al-Sham arrested three Hurras al-Din commanders in Idlib on Tuesday.', has: ['Arrests [hts] -> [hurras_al_din] @Idlib 2019-08-27 f=?'] },
  { text: 'Ansar al-Tawhid was formed in March 2018 in Idlib.', has: ['Change to group/activity [ansar_al_tawhid] -> [] @Idlib 2018-03 f=?'] },
  { text: 'Hurras al-Din, which broke away from Hay’at Tahrir al-Sham in 2018, attacked Syrian army positions near Latamneh on Monday.',
    has: ['Armed clash [hurras_al_din] -> [syria] @Latamneh 2019-08-26 f=?'] },
  { text: 'Suspected Islamic State militants killed four Iraqi soldiers in an attack on an army outpost near Kirkuk on Tuesday.',
    has: ['Armed clash [islamic_state] -> [iraq] @Kirkuk 2019-08-27 f=4'] },
  // One event told twice is one event.
  { text: 'Ahrar al-Sham seized Saraqib on Monday. The capture of Saraqib by Ahrar al-Sham came after heavy fighting.', has: ['Non-state actor overtakes territory [ahrar_al_sham] -> [] @Saraqib 2019-08-26 f=?'],
    not: ['Non-state actor overtakes territory [] -> [] @Saraqib ? f=?'] },
  // No event: habitual or with neither place nor date of its own.
  { text: 'Both groups have fought together against the Syrian military in the past.', has: [], not: ['Armed clash [] -> [syria] @? ? f=?'] },
  { text: 'About 250 to 300 fighters were killed over the years in Idlib by Hay’at Tahrir al-Sham.', has: [], not: ['Armed clash [hts] -> [] @Idlib ? f=250'] },
  { text: 'Clashes in the village of Jadid Bakkara left two dead.', has: ['Armed clash [] -> [] @Jadid Bakkara ? f=2'],
  },
];

for (const row of ROWS) {
  test(`events: ${row.text}`, { skip: row.skip }, () => {
    const got = eventsOf(row.text, row.published);
    for (const h of row.has) assert.ok(got.includes(h), `missing ${h}\n  got: ${got.join('; ') || 'nothing'}`);
    for (const n of row.not ?? []) assert.ok(!got.includes(n), `unexpected ${n}\n  got: ${got.join('; ')}`);
  });
}

for (const rule of loadEventRules()) {
  test(`event rule ${rule.id} reads its example`, () => {
    const fired = extract(rule.example, '2020-01-01').events.filter((e) => e.rule === rule.id || e.sub_event_type === rule.subEventType || e.sub_event_type === rule.ifState);
    assert.ok(fired.length, `${rule.id} did not fire on: ${rule.example}`);
  });
}

const cues = loadEventCues();
const TOLLS: Array<[string, number | null]> = [
  ['killing more than 100 soldiers', 100], ['at least 51 people were killed', 51], ['killed 22 Syrian soldiers', 22],
  ['the execution of more than 50 soldiers', 50], ['two fighters were killed', 2], ['dozens were killed', null],
  ['250 to 300 were killed', null], ['killed in 2019', null], ['no one was hurt', null], ['the blast left 7 people dead', 7],
];
for (const [text, n] of TOLLS) test(`fatalities in "${text}"`, () => assert.equal(fatalitiesIn(text, cues), n));
