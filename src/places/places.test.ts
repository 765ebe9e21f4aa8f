// Places: found in the body, geocoded by the document's countries, common words left alone,
// and names the gazetteer lacks kept from their cue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../knowledge/index.ts';
import { loadSectionCues, type SourceDocument } from '../ingest/index.ts';
import { createExtractor } from '../pipeline.ts';
import { kmBetween, type Point } from './index.ts';

const extractor = createExtractor(loadKnowledge(), loadSectionCues());
const placesOf = (text: string) => {
  const doc: SourceDocument = { id: 't', source: 't', format: 'txt', text, title: null, url: null, byline: null, published: '2020-01-01', knownBoilerplate: [] };
  return extractor.extract(doc).places;
};
const km = (a: Point, lat: number, lon: number) => kmBetween(a, { lat, lon });

const CASES: Array<{ text: string; name: string; country: string | null; near?: [number, number] }> = [
  { text: 'Libyan forces and the Government of National Unity clashed in Tripoli on Friday.', name: 'Tripoli', country: 'LY', near: [32.89, 13.19] },
  { text: 'Hezbollah and the Lebanese army deployed in Tripoli after the clashes.', name: 'Tripoli', country: 'LB', near: [34.44, 35.85] },
  { text: 'Syrian rebels besieged Zahra and Nubl, north of Aleppo.', name: 'Zahra', country: 'SY', near: [36.38, 37.0] },
  { text: 'Iraqi forces retook Hit from the Islamic State in 2016.', name: 'Hit', country: 'IQ', near: [33.64, 42.83] },
  { text: 'Hay’at Tahrir al-Sham fighters entered Jisr al-Shughour and the al-Ghab plain.', name: 'Jisr al-Shughour', country: 'SY', near: [35.81, 36.32] },
  { text: 'Clashes broke out in the village of Jadid Bakkara in Deir ez-Zor.', name: 'Jadid Bakkara', country: 'SY' },
];

for (const c of CASES) {
  test(`place ${c.name} in "${c.text}"`, () => {
    const places = placesOf(c.text);
    const p = places.find((x) => x.mentions.some((m) => m.text === c.name));
    assert.ok(p, `no place for ${c.name}; got ${places.map((x) => x.name).join(', ')}`);
    assert.equal(p.country, c.country);
    if (c.near) assert.ok(km(p, ...c.near) <= 25, `${p.name} at ${p.lat},${p.lon}`);
  });
}

test('common words are not places, and names of actors are not places', () => {
  const places = placesOf('About 50 fighters took part in the attack. Most of them came from Hezbollah and the Islamic State.');
  assert.deepEqual(places.map((p) => p.name), []);
});
