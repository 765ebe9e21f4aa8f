// Entry point of the factiongraph command: dispatches to the command and turns errors into a
// one-line message and an exit code (0 all well, 1 some inputs failed, 2 usage or knowledge error).
import type { Writable } from 'node:stream';
import { FactiongraphError, UsageError } from '../errors.ts';
import { openStore } from '../store/index.ts';
import { loadKnowledge } from '../knowledge/index.ts';
import { loadSectionCues } from '../ingest/index.ts';
import { reextractAll, reviewedExtractor } from '../review/index.ts';
import { USAGE, parseExtractArgs, takeDb } from './args.ts';
import { runIngest } from './ingest-command.ts';
import { runExport } from './export-command.ts';
import { runServe } from './serve-command.ts';
import { runExtract } from './extract-command.ts';

export async function main(argv: readonly string[], out: Writable, err: Writable): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (rest.includes('--help') || rest.includes('-h')) { out.write(`${USAGE}\n`); return 0; }
    if (command === 'extract') return runExtract(parseExtractArgs(rest), out, err) > 0 ? 1 : 0;
    if (command === 'ingest') {
      const { db, rest: words } = takeDb(rest);
      const a = parseExtractArgs(words);
      return runIngest({ paths: a.paths, db, maxMegabytes: a.maxMegabytes, published: a.published }, out, err, !!(err as { isTTY?: boolean }).isTTY).failed > 0 ? 1 : 0;
    }
    if (command === 'export') {
      const { db, rest: words } = takeDb(rest);
      runExport(words, db, out);
      return 0;
    }
    if (command === 'reextract') {
      const { db, rest: words } = takeDb(rest);
      if (words.length) throw new UsageError(`unexpected word "${words[0]}"`);
      const store = openStore(db);
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
