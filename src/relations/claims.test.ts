// Table-driven relation claims: sentences written for these tests (none from the seeds) and the
// claims each must and must not give, with negation, certainty and time bounds. Actors are named
// by knowledge id, or "new:<name>" for groups found without knowledge. Known misses stay as
// skipped backlog rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../knowledge/index.ts';
import { loadSectionCues, type SourceDocument } from '../ingest/index.ts';
import { createExtractor } from '../pipeline.ts';

const extractor = createExtractor(loadKnowledge(), loadSectionCues());

/** Claims of a text as "[NOT ]type(source, target) certainty[ from-to]". */
function claimsOf(text: string): string[] {
  const doc: SourceDocument = { id: 't', source: 't', format: 'txt', text, title: null, url: null, byline: null, published: '2021-03-01', knownBoilerplate: [] };
  const out = extractor.extract(doc);
  const label = new Map(out.actors.map((a) => [a.id, a.known_id ?? `new:${a.name}`]));
  return out.relations.map((r) => {
    const time = r.valid_from || r.valid_to ? ` ${r.valid_from ?? ''}-${r.valid_to ?? ''}` : '';
    return `${r.negated ? 'NOT ' : ''}${r.type}(${label.get(r.source)}, ${label.get(r.target)}) ${r.certainty}${time}`;
  });
}

interface Row { text: string; has: string[]; not?: string[]; skip?: string }

const ROWS: Row[] = [
  // Each type.
  { text: 'Jaysh al-Islam and Faylaq al-Rahman cooperated with each other in the defence of Douma.', has: ['allied_with(jaysh_al_islam, faylaq_al_rahman) asserted'] },
  { text: 'Ahrar al-Sham and Hay’at Tahrir al-Sham fought each other around Saraqib.', has: ['hostile_to(ahrar_al_sham, hts) asserted'], not: ['allied_with(ahrar_al_sham, hts)'] },
  { text: 'Ahrar al-Sham and Hay’at Tahrir al-Sham clashed with one another near Saraqib.', has: ['hostile_to(ahrar_al_sham, hts) asserted'], not: ['allied_with(ahrar_al_sham, hts)'] },
  { text: 'Fighting between the Houthis and the Southern Transitional Council resumed in Abyan.', has: ['hostile_to(houthis, southern_transitional_council) asserted'] },
  { text: 'Kata’ib Hezbollah has been coordinating closely with Asa’ib Ahl al-Haq in Baghdad.', has: ['allied_with(kataib_hezbollah, asaib_ahl_al_haq) asserted'] },
  { text: 'The Islamic State attacked the Syrian Democratic Forces near Hajin on Tuesday.', has: ['hostile_to(islamic_state, sdf) asserted'] },
  { text: 'Ahrar al-Sham clashed with Hay’at Tahrir al-Sham in Saraqib.', has: ['hostile_to(ahrar_al_sham, hts) asserted'] },
  { text: 'Hurras al-Din, the al-Qaeda branch in Syria, lost a commander.', has: ['affiliate_of(hurras_al_din, al_qaeda) asserted'] },
  { text: 'Kata’ib Hezbollah is a member of the Popular Mobilization Forces.', has: ['member_of(kataib_hezbollah, pmf) asserted'] },
  { text: 'Qais al-Khazali, the leader of Asa’ib Ahl al-Haq, spoke in Baghdad.', has: ['leader_of(qais_al_khazali, asaib_ahl_al_haq) asserted'] },
  { text: 'In 2015 the Islamic Movement of Uzbekistan pledged allegiance to the Islamic State.', has: ['pledged_allegiance_to(imu, islamic_state) asserted'] },
  { text: 'Jund al-Aqsa pledged allegiance to Ayman al-Zawahiri in 2016, a year after al-Qaeda lost Idlib.', has: ['pledged_allegiance_to(jund_al_aqsa, al_qaeda) asserted'], not: ['pledged_allegiance_to(jund_al_aqsa, ayman_al_zawahiri) asserted'] },
  { text: 'Jund al-Aqsa pledged allegiance to Ayman al-Zawahiri in 2016.', has: ['pledged_allegiance_to(jund_al_aqsa, ayman_al_zawahiri) asserted'] },
  { text: 'Hay’at Tahrir al-Sham, formerly known as Jabhat Fateh al-Sham, controls Idlib.', has: ['successor_of(hts, jabhat_fateh_al_sham) asserted'] },
  { text: 'Hurras al-Din split from Hay’at Tahrir al-Sham in early 2018.', has: ['splinter_of(hurras_al_din, hts) asserted'] },
  { text: 'The Iran-backed Kata’ib Hezbollah denied the drone attack.', has: ['supported_by(kataib_hezbollah, iran) asserted'] },
  { text: 'The Sultan Murad Division is funded by Turkey.', has: ['supported_by(sultan_murad_division, turkey) asserted'] },
  // Negation.
  { text: 'Ansar al-Islam refused to join Hay’at Tahrir al-Sham.', has: ['NOT member_of(ansar_al_islam, hts) asserted'] },
  { text: 'Jaysh al-Izza has not pledged allegiance to Hay’at Tahrir al-Sham.', has: ['NOT pledged_allegiance_to(jaysh_al_izza, hts) asserted'], not: ['pledged_allegiance_to(jaysh_al_izza, hts) asserted'] },
  { text: 'Jaysh al-Izza is no longer allied with Hay’at Tahrir al-Sham.', has: ['NOT allied_with(jaysh_al_izza, hts) asserted'] },
  { text: 'Some analysts called Jaysh al-Izza an al-Qaeda-linked group, but that wasn’t accurate.', has: ['NOT affiliate_of(jaysh_al_izza, al_qaeda) asserted'] },
  { text: 'Jama’at Nusrat al-Islam wal-Muslimin is al-Qaeda’s official branch in the Sahel.', has: ['affiliate_of(jnim, al_qaeda) asserted'] },
  { text: 'Wagner Group mercenaries and Malian soldiers attacked the Islamic State Sahel Province near Menaka.', has: ['hostile_to(wagner_group, islamic_state_sahel) asserted', 'hostile_to(mali, islamic_state_sahel) asserted'] },
  { text: 'According to the Pentagon, al-Shabaab attacked the Somali army near Jilib.', has: ['hostile_to(al_shabaab, somalia) attributed'], not: ['hostile_to(united_states, somalia) asserted', 'hostile_to(united_states, somalia) attributed'] },
  { text: 'Hezbollah, the most powerful member of Iran’s Axis of Resistance, fired rockets at Israel.', has: ['member_of(hezbollah, axis_of_resistance) asserted', 'hostile_to(hezbollah, israel) asserted'] },
  { text: 'The Houthis have not formally joined the Axis of Resistance, analysts say.', has: ['NOT member_of(houthis, axis_of_resistance) attributed'] },
  { text: 'Western officials have long labelled Jaysh al-Izza an al-Qaeda-linked group.', has: ['affiliate_of(jaysh_al_izza, al_qaeda) attributed'] },
  { text: 'Part of Ansar al-Islam pledged allegiance to the Islamic State, while its Syrian wing has not.', has: ['pledged_allegiance_to(ansar_al_islam, islamic_state) asserted', 'NOT pledged_allegiance_to(ansar_al_islam, islamic_state) asserted'] },
  // Certainty.
  { text: 'Hurras al-Din reportedly attacked the Syrian army near Jisr al-Shughour.', has: ['hostile_to(hurras_al_din, syria) hedged'] },
  { text: 'Jaysh al-Izza is believed to be coordinating with the Turkistan Islamic Party.', has: ['allied_with(jaysh_al_izza, turkistan_islamic_party) hedged'] },
  { text: 'According to the Syrian Observatory for Human Rights, Hay’at Tahrir al-Sham attacked Hurras al-Din.', has: ['hostile_to(hts, hurras_al_din) attributed'] },
  { text: 'A spokesman for the Syrian Democratic Forces said that Turkish drones struck the YPG in Qamishli.', has: ['hostile_to(turkey, ypg) attributed'] },
  { text: 'Unconfirmed reports suggest that Ahrar al-Sham attacked Jaysh al-Islam.', has: ['hostile_to(ahrar_al_sham, jaysh_al_islam) hedged'] },
  // Quoted speech: the speaker's "we" is the speaker's group.
  { text: 'Abu Khalid al-Tunisi, a commander of Hurras al-Din, spoke on Monday. “We will keep fighting the Russians and the regime,” Abu Khalid al-Tunisi said.',
    has: ['leader_of(new:Abu Khalid al-Tunisi, hurras_al_din) asserted', 'hostile_to(hurras_al_din, russia) attributed'] },
  { text: 'Hezbollah leader Hassan Nasrallah said: “Our fighters will stay in Syria to fight the Islamic State.”', has: ['hostile_to(hezbollah, islamic_state) attributed'] },
  // Time bounds.
  { text: 'Ansar al-Islam was allied with al-Qaeda from 2003 until 2022.', has: ['allied_with(ansar_al_islam, al_qaeda) asserted 2003-2022'] },
  { text: 'Hay’at Tahrir al-Sham has attacked Hurras al-Din since 2019.', has: ['hostile_to(hts, hurras_al_din) asserted 2019-'] },
  // The subject of a clause, not the actor of a relative clause inside it.
  { text: 'Hurras al-Din, which broke away from Hay’at Tahrir al-Sham in 2018, attacked the Syrian army near Latamneh.',
    has: ['hostile_to(hurras_al_din, syria) asserted', 'splinter_of(hurras_al_din, hts) asserted'], not: ['hostile_to(hts, syria) asserted'] },
  // "It" opening a sentence is the organisation named before.
  { text: 'Ansar al-Islam was formed in 2001. Until 2019, it also operated in Iraq, targeting the Iraqi army. It began operations against the Syrian government in 2012.',
    has: ['hostile_to(ansar_al_islam, iraq) asserted -2019', 'hostile_to(ansar_al_islam, syria) asserted'] },
  { text: 'Hurras al-Din lost a commander. It is unclear who fired the missile at the Syrian army.', has: [], not: ['hostile_to(hurras_al_din, syria) asserted'] },
  // Words of a clause never bind across a conjunction; an appositive's actor is not the subject.
  { text: 'The Islamic State Sahel Province, a rival of JNIM, has been fighting the Malian army in Ménaka.',
    has: ['hostile_to(islamic_state_sahel, mali) asserted'], not: ['hostile_to(jnim, mali) asserted'] },
  { text: 'Houthis claim missile strike on Marib as Saudi-led coalition pounds Sanaa', has: [], not: ['hostile_to(houthis, saudi_led_coalition) asserted'] },
  { text: 'Analysts say the Houthis are reportedly receiving drone components from Iran.', has: ['supported_by(houthis, iran) attributed'] },
  // Hard negatives.
  { text: 'Hurras al-Din and Ansar al-Tawhid both claimed the attack on the army post.', has: [], not: ['allied_with(hurras_al_din, ansar_al_tawhid) asserted'] },
  { text: 'The only faction in Idlib that is not aligned with Hay’at Tahrir al-Sham is Ansar al-Islam.', has: ['NOT allied_with(ansar_al_islam, hts) asserted'], not: ['allied_with(ansar_al_islam, hts) asserted'] },
  { text: 'Hay’at Tahrir al-Sham fought alongside the National Front for Liberation.', has: ['allied_with(hts, national_front_for_liberation) asserted'], not: ['hostile_to(hts, national_front_for_liberation) asserted'] },
  { text: 'Hay’at Tahrir al-Sham fighters arrested a cleric because he praised the Islamic State.', has: [], not: ['hostile_to(hts, islamic_state) asserted'] },
];

for (const row of ROWS) {
  test(`claims: ${row.text}`, { skip: row.skip }, () => {
    const got = claimsOf(row.text);
    for (const h of row.has) assert.ok(got.includes(h), `missing ${h}\n  got: ${got.join('; ') || 'nothing'}`);
    for (const n of row.not ?? []) assert.ok(!got.includes(n), `unexpected ${n}\n  got: ${got.join('; ')}`);
  });
}

test('knowledge-base facts come apart from claims, marked as knowledge', () => {
  const doc: SourceDocument = { id: 't', source: 't', format: 'txt', text: 'Hay’at Tahrir al-Sham and Jabhat Fateh al-Sham were named in the report.', title: null, url: null, byline: null, published: '2021-03-01', knownBoilerplate: [] };
  const out = extractor.extract(doc);
  assert.deepEqual(out.relations, []);
  assert.ok(out.background.some((f) => f.type === 'successor_of' && f.origin === 'knowledge'), JSON.stringify(out.background));
});
