// Names the text itself gives to an actor just named: acronyms ("Hurras al-Din (HAD)"), aliases
// ("Abu al-Qassam (a.k.a. Khalid al-Aruri)", "Ansar al Islam, which goes by the moniker X",
// "The Ansar al Khilafah, or Supporters of the Caliphate,") and translations ("Jaysh al Islam
// (“Army of Islam”)").
import { readName, type NameReader } from './name-span.ts';
import { firstTokenFrom } from '../text/index.ts';

export interface Named { actor: string; from: number; to: number }
export interface DefinedName extends Named { surface: string; acronym: boolean }

const ACRONYM = /^\s*\(\s*([\p{Lu}][\p{Lu}\p{N}&-]{1,9})\s*\)/u;
const QUOTED = /^\s*["“‘]([^"”’\n]{2,80})["”’]/u;

export function findDefinedNames(r: NameReader, named: readonly Named[], cues: readonly RegExp[]): DefinedName[] {
  const out: DefinedName[] = [];
  const { tokens, text } = r;
  const tokenAt = (offset: number) => { const i = firstTokenFrom(tokens, offset); return i < tokens.length ? i : -1; };
  for (const n of named) {
    const end = tokens[n.to - 1]!.end;
    const rest = text.slice(end, end + 160);
    const acr = ACRONYM.exec(rest);
    if (acr) {
      const i = tokenAt(end + acr[0].indexOf(acr[1]!));
      const initials = [tokens[n.from]!, ...tokens.slice(n.from, n.to).filter((t) => !t.article)].map((t) => t.raw[0]!.toUpperCase());
      if (i >= 0 && initials.includes(acr[1]![0]!)) out.push({ actor: n.actor, from: i, to: i + 1, surface: acr[1]!, acronym: true });
      continue;
    }
    for (const cue of cues) {
      const m = cue.exec(rest);
      if (!m) continue;
      const at = end + m[0].length;
      const quoted = QUOTED.exec(text.slice(at, at + 90));
      const i = tokenAt(quoted ? at + quoted[0].indexOf(quoted[1]!) : at);
      if (i < 0) break;
      let to = quoted ? tokenAt(at + quoted[0].length) : readName({ ...r, covered: new Uint8Array(tokens.length) }, i);
      if (to < 0) to = tokens.length;
      if (to <= i) break;
      if (/,\s*or\s/.test(m[0]) && !/^\s*[,)]/.test(text.slice(tokens[to - 1]!.end))) break;
      out.push({ actor: n.actor, from: i, to, surface: text.slice(tokens[i]!.start, tokens[to - 1]!.end), acronym: false });
      break;
    }
  }
  return out;
}
