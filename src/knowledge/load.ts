// Loads and validates the whole knowledge base of data/: actor files, non-actors, lexicons and
// the folding rules. Any problem stops the load with one KnowledgeError listing them all.
import type { Knowledge } from './types.ts';
import { readDataFile, readDataFolder } from '../data-files.ts';
import { KnowledgeError } from '../errors.ts';
import { crossCheck, parseActorFile, parseNonActorFile } from './validate.ts';
import { loadLexicon, type Lexicon } from './lexicon.ts';
import { loadFoldingRules, nameKey, type FoldingRules } from '../text/index.ts';

export interface LoadedKnowledge extends Knowledge {
  lexicon: Lexicon;
  folding: FoldingRules;
}

export interface KnowledgeSource {
  /** The data folder (lexicons, non-actors); default data/. */
  dataDir?: string;
  /** The folder of actor files, relative to dataDir; tests point it at a small knowledge base of their own. */
  actorsDir?: string;
}

export function loadKnowledge(from: KnowledgeSource = {}): LoadedKnowledge {
  const { dataDir, actorsDir = 'actors' } = from;
  const folding = loadFoldingRules(dataDir);
  const lexicon = loadLexicon(dataDir);
  const problems: string[] = [];
  const actors = readDataFolder(actorsDir, dataDir).flatMap(([file, content]) => parseActorFile(file, content, problems));
  const nonActors = parseNonActorFile('non-actors.yaml', readDataFile('non-actors.yaml', dataDir), problems);
  const shared = new Set(lexicon.sharedNames.map((n) => nameKey(n, folding)));
  problems.push(...crossCheck(actors, nonActors, (n) => nameKey(n, folding), shared));
  if (problems.length) throw new KnowledgeError(problems);
  return { actors, nonActors, byId: new Map(actors.map((a) => [a.id, a])), lexicon, folding };
}
