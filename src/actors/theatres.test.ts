// Linking in each theatre: sentences written in the idiom of that theatre's reporting (none from
// the seeds), and the knowledge-base actors each must yield.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../knowledge/index.ts';
import { loadSectionCues, type SourceDocument } from '../ingest/index.ts';
import { createExtractor } from '../pipeline.ts';

const extractor = createExtractor(loadKnowledge(), loadSectionCues());
const idsOf = (text: string) => {
  const doc: SourceDocument = { id: 't', source: 't', format: 'txt', text, title: null, url: null, byline: null, published: '2023-06-01', knownBoilerplate: [] };
  return extractor.extract(doc).actors.map((a) => a.known_id ?? `new:${a.name}`);
};

const THEATRES: Record<string, Array<[string, string[]]>> = {
  syria: [
    ['Faylaq al-Sham and the Sultan Murad Division shelled SDF positions near Tal Rifaat.', ['faylaq_al_sham', 'sultan_murad_division', 'sdf']],
    ['Jaish al-Izza repelled an infiltration attempt by regime forces and Iranian-backed militias in Latamneh.', ['jaysh_al_izza', 'syria']],
  ],
  iraq: [
    ['The PMU’s 30th Brigade and Asaib Ahl al-Haq deployed in the Nineveh plains.', ['pmf', 'asaib_ahl_al_haq']],
    ['Kataib Hizballah claimed the drone attack on Ain al-Asad, a base used by the U.S.-led coalition.', ['kataib_hezbollah']],
  ],
  yemen: [
    ['Ansar Allah fighters clashed with the Giants Brigades in Shabwa as AQAP attacked the Security Belt.', ['houthis', 'giants_brigades', 'aqap']],
    ['The Southern Transitional Council accused the Islah party of backing AQAP cells in Abyan.', ['southern_transitional_council', 'islah', 'aqap']],
  ],
  somalia: [
    ['Harakat al-Shabaab al-Mujahideen ambushed ATMIS troops near Barawe, and Macawisley militias joined the SNA offensive.', ['al_shabaab', 'atmis', 'macawisley']],
    ['IS Somalia fighters clashed with al-Shabaab in the Cal Miskaad mountains of Puntland.', ['islamic_state_somalia', 'al_shabaab']],
  ],
  sudan: [
    ['Fighters of the Justice and Equality Movement (JEM) and the SLA-MM repelled an RSF assault on El Fasher.', ['jem', 'slm_minnawi', 'rapid_support_forces']],
    ['Hemedti’s forces and the SPLM-N al-Hilu joined the Tasis alliance while Burhan’s army held Port Sudan.', ['rapid_support_forces', 'splm_n_al_hilu', 'sudan_founding_alliance', 'sudan']],
  ],
  libya: [
    ['Haftar’s LNA and the Radaa Special Deterrence Force traded fire near Mitiga airport.', ['libyan_national_army', 'radaa']],
    ['Wilayat Sinai militants attacked an Egyptian army checkpoint near Sheikh Zuweid.', ['wilayat_sinai', 'egypt']],
  ],
  sahel: [
    ['JNIM militants ambushed VDP volunteers near Djibo while the Islamic State Sahel Province attacked Malian troops in Ménaka.', ['jnim', 'islamic_state_sahel', 'mali']],
    ['Katiba Macina, JNIM’s central Malian branch, besieged Farabougou.', ['katiba_macina', 'jnim']],
  ],
  lake_chad: [
    ['ISWAP fighters overran a Nigerian army base in Marte as Boko Haram’s Bakura faction raided islands on Lake Chad.', ['iswap', 'nigeria', 'boko_haram', 'bakura_faction']],
    ['The Civilian Joint Task Force and the MNJTF repelled an attack near Monguno.', ['cjtf', 'mnjtf']],
  ],
  afpak: [
    ['The Taliban’s Haqqani Network and ISKP traded accusations after the Kabul blast.', ['taliban', 'haqqani_network', 'islamic_state_khorasan']],
    ['Tehrik-i-Taliban Pakistan (TTP) fighters attacked a police post in North Waziristan.', ['ttp']],
  ],
  caucasus: [
    ['The Caucasus Emirate, led by Doku Umarov, claimed the bombing in Dagestan.', ['caucasus_emirate', 'doku_umarov']],
  ],
  kurdish: [
    ['The TAK claimed the Istanbul bombing, and HPG guerrillas clashed with Turkish troops in the Zap region.', ['tak', 'hpg', 'turkey']],
  ],
  levant: [
    ['Hamas’s al-Qassam Brigades and Palestinian Islamic Jihad fired rockets at Israel from Gaza.', ['hamas', 'qassam_brigades', 'palestinian_islamic_jihad', 'israel']],
  ],
  mozambique_drc: [
    ['M23 rebels captured Rubaya while the Allied Democratic Forces attacked villages near Beni.', ['m23', 'allied_democratic_forces']],
    ['SAMIM troops and Rwandan forces fought Islamic State Mozambique Province fighters in Macomia.', ['samim', 'rwanda', 'islamic_state_mozambique_province']],
  ],
  philippines: [
    ['The Abu Sayyaf Group and the BIFF lost fighters to the army in Sulu and Maguindanao, the MILF said.', ['abu_sayyaf_group', 'biff', 'milf']],
    ['New People’s Army guerrillas ambushed soldiers in Samar.', ['new_peoples_army']],
  ],
};

for (const [theatre, rows] of Object.entries(THEATRES)) {
  for (const [text, want] of rows) {
    test(`${theatre}: ${text}`, () => {
      const got = idsOf(text);
      for (const w of want) assert.ok(got.includes(w), `missing ${w}; got ${got.join(', ')}`);
    });
  }
}
