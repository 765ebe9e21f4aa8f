// A reproducible corpus of any size for benchmarks and crash tests: articles recombined from the
// body sentences of the example corpus (boilerplate and comments left out), with numbers and
// dates redrawn, from a seed. Same seed, same articles.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSectionCues, readInputFile, splitSections, type SourceDocument } from '../src/ingest/index.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** mulberry32: small, fast and seeded. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The body sentences of the example corpus, in file order. */
export function exampleSentences(): string[] {
  const cues = loadSectionCues();
  const files = ['examples/corpus', 'examples/composed'].flatMap((d) => readdirSync(join(ROOT, d)).sort().map((f) => join(ROOT, d, f)));
  return files.flatMap((f) => readInputFile(f)).flatMap((doc) => {
    if (!('text' in doc)) return [];
    return splitSections(doc.text, cues, doc.knownBoilerplate).filter((s) => s.kind === 'body')
      .flatMap((s) => doc.text.slice(s.start, s.end).split(/\n+/))
      .flatMap((p) => p.split(/(?<=[.!?]["”]?)\s+(?=["“A-Z])/))
      .map((x) => x.trim()).filter((x) => x.length >= 40 && x.length <= 600 && /[.!?]["”]?$/.test(x));
  });
}

export function* generateArticles(count: number, seed: number, sentences = exampleSentences()): Generator<SourceDocument> {
  const rand = seeded(seed);
  const pick = () => sentences[Math.floor(rand() * sentences.length)]!;
  for (let i = 0; i < count; i++) {
    const year = 2012 + Math.floor(rand() * 13), month = Math.floor(rand() * 12), day = 1 + Math.floor(rand() * 28);
    const redraw = (s: string) => s.replace(/\b\d{1,3}\b/g, () => String(1 + Math.floor(rand() * 60)))
      .replace(new RegExp(`\\b(${MONTHS.join('|')}) \\d{1,2}\\b`, 'g'), () => `${MONTHS[month]} ${day}`);
    const paragraphs = Array.from({ length: 4 + Math.floor(rand() * 6) }, () => Array.from({ length: 1 + Math.floor(rand() * 4) }, () => redraw(pick())).join(' '));
    const title = pick().replace(/[.!?]["”]?$/, '').slice(0, 120);
    const text = `${title}\n\n${paragraphs.join('\n\n')}\n`;
    yield { id: `generated-${seed}-${i}`, source: `generated/${seed}/${i}.txt`, format: 'txt', text, title, url: null, byline: null,
      published: `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`, knownBoilerplate: [] };
  }
}
