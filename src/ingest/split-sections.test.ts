// Section splitting on the five seed pages and on pages composed in other layouts
// (examples/composed; test/fixtures/page-expectations has each page's body / not-body / comment strings).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { bodyTitle, loadSectionCues, readInputFile, sectionKindAt, splitSections } from './index.ts';
import type { SourceDocument } from './types.ts';
import type { SectionKind } from '../ontology.ts';

const cues = loadSectionCues();
const root = fileURLToPath(new URL('../../', import.meta.url));

function read(path: string): SourceDocument {
  const [doc] = readInputFile(path);
  if (!doc || doc instanceof Error) throw doc ?? new Error(`nothing read from ${path}`);
  return doc;
}

/** The section kind of a whole substring, or "mixed" when it straddles sections. */
function kindOf(doc: SourceDocument, needle: string): SectionKind | 'mixed' | 'absent' {
  const at = doc.text.indexOf(needle);
  if (at < 0) return 'absent';
  const sections = splitSections(doc.text, cues, doc.knownBoilerplate);
  const a = sectionKindAt(sections, at), b = sectionKindAt(sections, at + needle.length - 1);
  return a === b ? a : 'mixed';
}

const SEEDS: Array<[string, string[], string[], string[]]> = [
  ['000_f9d793485db32ae0.txt',
    ['Ansar al Islam, which goes by the moniker', 'Photos showing Ansar al Islam’s involvement in Zahra can be seen below:'],
    ['Caleb Weiss is an editor', 'Support our independent reporting', 'Tags: , , ,', 'preload image', 'see LWJ report, Ansar al Islam claims attacks'],
    []],
  ['001_6a92fc1a705a0715.txt',
    ['Why is the US targeting Ansar al-Islam in Syria?', 'Ansar al-Islam will cooperate with other jihadist groups', 'contrary to our doctrine.”'],
    ['<Should this refer to the Arab governments', 'Daniele Garofalo is a researcher', 'Support my research, analysis and monitoring'],
    []],
  ['002_ff62e866d61d8aab.txt',
    ['The Islamic State has launched yet another new offensive', 'this wouldn’t be the first time that the Islamic State has disrupted'],
    ['Screen Shot 2015-06-01 at 1.58.16 PM', 'Thomas Joscelyn is a Senior Fellow', 'Tags: , , ,'],
    ['Telh says:', 'What is the theological justification', 'ISIL ISIS or ole school ISI was supported by Iran', 'Russia and Iran will sit down with Assad']],
  ['003_59c46eef33fa96c8.txt',
    ['The Al Nusrah Front for the People of the Levant', 'cut off the roads and supplies'],
    ['Bill Roggio is a Senior Fellow', 'see LWJ report, Syrian jihadists form'],
    ['thanks for the video’s & the info', 'Pakistan exports terror in India and Afghanistan', 'what they want is khilafah']],
  ['004_37bf93336fcb1394.txt',
    ['The American military conducted an airstrike', 'One of the images can be seen below.'],
    ['Thomas Joscelyn is a Senior Fellow', 'See FDD’s Long War Journal report'],
    []],
];

for (const [file, body, notBody, comments] of SEEDS) {
  test(`sections of seed ${file}`, () => {
    const doc = read(join(root, 'examples/corpus', file));
    for (const s of body) assert.equal(kindOf(doc, s), 'body', `expected body: ${s}`);
    for (const s of notBody) assert.ok(['boilerplate', 'comment'].includes(kindOf(doc, s)), `expected not body: ${s} (got ${kindOf(doc, s)})`);
    for (const s of comments) assert.equal(kindOf(doc, s), 'comment', `expected comment: ${s}`);
  });
}

const pages = join(root, 'examples/composed');
const expectations = join(root, 'test/fixtures/page-expectations');
const composed = existsSync(pages) ? readdirSync(pages).filter((f) => /\.(txt|html)$/.test(f)).sort() : [];
test('there are composed pages in other layouts', () => assert.ok(composed.length >= 8, `found ${composed.length}`));

for (const file of composed) {
  test(`sections of composed page ${file}`, () => {
    const doc = read(join(pages, file));
    const expect = JSON.parse(readFileSync(join(expectations, file.replace(/\.(txt|html)$/, '.json')), 'utf8')) as
      { body_contains: string[]; not_body_contains: string[]; comments_contain: string[]; published?: string | null };
    const wrong: string[] = [];
    for (const s of expect.body_contains) if (kindOf(doc, s) !== 'body') wrong.push(`expected body (${kindOf(doc, s)}): ${s}`);
    // An HTML page's text is the article that Readability extracted: what it left out is not body either.
    const notBody = file.endsWith('.html') ? ['boilerplate', 'comment', 'absent'] : ['boilerplate', 'comment'];
    for (const s of expect.not_body_contains) if (!notBody.includes(kindOf(doc, s))) wrong.push(`expected not body (${kindOf(doc, s)}): ${s}`);
    for (const s of expect.comments_contain) if (!notBody.includes(kindOf(doc, s))) wrong.push(`expected comment (${kindOf(doc, s)}): ${s}`);
    if (file.endsWith('.html') && expect.published) assert.equal(doc.published, expect.published);
    assert.deepEqual(wrong, []);
  });
}

test('a text file is titled by its first line of reporting, not the banner or menu above it', () => {
  const titles = [...readdirSync(join(root, 'examples/corpus')).map((f) => join(root, 'examples/corpus', f)), ...composed.filter((f) => f.endsWith('.txt')).map((f) => join(pages, f))]
    .map((file) => { const doc = read(file); return bodyTitle(doc.text, splitSections(doc.text, cues, doc.knownBoilerplate), doc.title); });
  const furniture = /^(skip to|home$|menu|search|this website uses cookies|subscribe|log ?in|sign ?in)/i;
  assert.deepEqual(titles.filter((t) => !t || furniture.test(t)), [], titles.join('\n'));
  assert.equal(bodyTitle('Cookie notice\nReal headline', [{ kind: 'boilerplate', start: 0, end: 14, cue: 'x' }, { kind: 'body', start: 14, end: 27, cue: 'x' }], 'Given by the user'), 'Given by the user');
});
