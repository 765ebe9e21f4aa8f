// Parses command-line words into a command, its paths and its options, naming what is wrong.
import { UsageError } from '../errors.ts';

export interface ExtractArgs {
  paths: string[];
  published: string | null;
  maxMegabytes: number;
  withText: boolean;
}

export const USAGE = `usage: factiongraph extract <file|dir>... [--published YYYY-MM-DD] [--max-mb N] [--with-text]

  extract   reads .txt, .html, .json and .jsonl files (and directories of them) and prints one
            JSON object per document (JSON Lines) with its sections and actors.
  --published    publication date to assume when a document's metadata has none
  --max-mb       largest file accepted, in megabytes (default 16)
  --with-text    include the document text, to which all offsets refer`;

export function parseExtractArgs(words: readonly string[]): ExtractArgs {
  const out: ExtractArgs = { paths: [], published: null, maxMegabytes: 16, withText: false };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const value = () => {
      const v = words[++i];
      if (v === undefined) throw new UsageError(`${w} needs a value`);
      return v;
    };
    if (w === '--published') {
      const v = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new UsageError(`--published expects a date YYYY-MM-DD, not "${v}"`);
      out.published = v;
    } else if (w === '--max-mb') {
      const n = Number(value());
      if (!(n > 0)) throw new UsageError('--max-mb expects a positive number');
      out.maxMegabytes = n;
    } else if (w === '--with-text') out.withText = true;
    else if (w.startsWith('--')) throw new UsageError(`unknown option ${w}`);
    else out.paths.push(w);
  }
  if (!out.paths.length) throw new UsageError('extract needs at least one file or directory');
  return out;
}
