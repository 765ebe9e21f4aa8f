// Reads the YAML files of data/ (knowledge and lexicons). Stages never import these globals:
// the loaded values are passed in, so tests can run with small knowledge of their own.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { KnowledgeError } from './errors.ts';

/** The data/ folder beside src/ (and beside dist/ once built). */
export const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

export function readYaml(path: string): unknown {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new KnowledgeError([`${path}: ${(err as Error).message.split('\n')[0]}`]);
  }
}

export function readDataFile(relative: string, dataDir = DATA_DIR): unknown {
  return readYaml(resolve(dataDir, relative));
}

/** Every .yaml file of a data/ sub-folder, sorted, as [file name, parsed content]. */
export function readDataFolder(relative: string, dataDir = DATA_DIR): Array<[string, unknown]> {
  const dir = resolve(dataDir, relative);
  return readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()
    .map((f) => [join(relative, f), readYaml(join(dir, f))]);
}
