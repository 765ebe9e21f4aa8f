// Entry point of the factiongraph command: dispatches to the command and turns errors into a
// one-line message and an exit code (0 all well, 1 some inputs failed, 2 usage or knowledge error).
import type { Writable } from 'node:stream';
import { FactiongraphError, UsageError } from '../errors.ts';
import { openStore } from '../store/index.ts';
import { loadKnowledge } from '../knowledge/index.ts';
import { loadSectionCues } from '../ingest/index.ts';
import { reextractAll, reviewedExtractor } from '../review/index.ts';
import { USAGE, parseExtractArgs, takeDb, valueAfter } from './args.ts';
import { runIngest, runIngestParallel } from './ingest-command.ts';
import { availableParallelism } from 'node:os';
import { listInputFiles } from '../ingest/index.ts';
import { runExport } from './export-command.ts';
import { runServe } from './serve-command.ts';
import { runExtract } from './extract-command.ts';

export async function main(argv: readonly string[], out: Writable, err: Writable): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (rest.includes('--help') || rest.includes('-h')) { out.write(`${USAGE}\n`); return 0; }
    if (command === 'extract') return runExtract(parseExtractArgs(rest), out, err) > 0 ? 1 : 0;
    if (command === 'ingest') {
      const { db, rest: afterDb } = takeDb(rest);
      const { workers, rest: words } = takeWorkers(afterDb);
      const a = parseExtractArgs(words);
      const args = { paths: a.paths, db, maxMegabytes: a.maxMegabytes, published: a.published };
      const tty = !!(err as { isTTY?: boolean }).isTTY;
      const n = workers ?? (countInputFiles(a.paths) >= PARALLEL_FROM_FILES ? availableParallelism() : 1);
      const counts = n > 1 ? await runIngestParallel({ ...args, workers: n }, out, err, tty) : runIngest(args, out, err, tty);
      return counts.failed > 0 ? 1 : 0;
    }
    if (command === 'export') {
      const { db, rest: words } = takeDb(rest);
      runExport(words, db, out, err);
      return 0;
    }
    if (command === 'reextract') {
      const { db, rest: words } = takeDb(rest);
      if (words.length) throw new UsageError(`unexpected word "${words[0]}"`);
      const store = openStore(db, { onUpgrade: (m) => err.write(`${m}\n`) });
      try {
        const { documents } = reextractAll(store, reviewedExtractor(store, loadKnowledge(), loadSectionCues()));
        out.write(`re-extracted ${documents} documents (${db})\n`);
      } finally { store.close(); }
      return 0;
    }
    if (command === 'serve') {
      const { db, rest: words } = takeDb(rest);
      await runServe(words, db, out);
      return 0;
    }
    if (command === '--help' || command === '-h' || command === 'help') { out.write(`${USAGE}\n`); return 0; }
    err.write(`${command ? `unknown command "${command}"` : 'no command given'}\n${USAGE}\n`);
    return 2;
  } catch (e) {
    if (e instanceof FactiongraphError) { err.write(`${e.message}\n`); return 2; }
    throw e;
  }
}

/** Below this many files, starting workers (each loads the knowledge base) costs more than it saves. */
const PARALLEL_FROM_FILES = 200;

function takeWorkers(words: readonly string[]): { workers: number | null; rest: string[] } {
  const i = words.indexOf('--workers');
  if (i < 0) return { workers: null, rest: [...words] };
  const n = Number(valueAfter(words, i));
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError('--workers expects a number of threads from 1 to 64');
  return { workers: n, rest: [...words.slice(0, i), ...words.slice(i + 2)] };
}

function countInputFiles(paths: readonly string[]): number {
  let n = 0;
  for (const _ of listInputFiles(paths)) if (++n >= PARALLEL_FROM_FILES) break;
  return n;
}
