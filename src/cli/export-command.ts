// `factiongraph export <format> [--db FILE] [--out PATH] [--as-of YYYY-MM-DD]`: writes the merged
// graph to stdout, to a file, or (Neo4j) to a folder of import files.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { openStore } from '../store/index.ts';
import { exportCorpus } from '../export/index.ts';
import { UsageError } from '../errors.ts';

export function runExport(words: readonly string[], db: string, out: Writable, err?: Writable): void {
  let format: string | null = null, target: string | null = null, asOf: string | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '--out') target = words[++i] ?? null;
    else if (w === '--as-of') {
      asOf = words[++i] ?? null;
      if (!asOf || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError('--as-of expects a date YYYY-MM-DD');
    } else if (!format) format = w;
    else throw new UsageError(`unexpected word "${w}"`);
  }
  if (!format) throw new UsageError('export needs a format');
  const store = openStore(db, { onUpgrade: (m) => err?.write(`${m}\n`) });
  try {
    const result = exportCorpus(store, format, { asOf });
    if (typeof result === 'string') {
      if (target) writeFileSync(target, result); else out.write(result);
      return;
    }
    const dir = target ?? `${format}-export`;
    refuseForeignFolder(dir, Object.keys(result));
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of Object.entries(result)) writeFileSync(join(dir, name), content);
    out.write(`wrote ${Object.keys(result).join(', ')} to ${dir}\n`);
  } finally {
    store.close();
  }
}

/** A folder export overwrites only a folder that is new, empty or an earlier export of the same files (plain files, no links). */
function refuseForeignFolder(dir: string, names: readonly string[]): void {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new UsageError(`--out ${dir}: not a folder`);
  const foreign = readdirSync(dir, { withFileTypes: true }).filter((e) => !names.includes(e.name) || !e.isFile());
  if (foreign.length) throw new UsageError(`--out ${dir}: the folder holds other things than an earlier export (${foreign.slice(0, 3).map((e) => e.name).join(', ')}${foreign.length > 3 ? ', ...' : ''}); choose a new or empty folder`);
}
