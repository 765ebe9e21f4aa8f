// `npm run kb:check`: loads and validates the knowledge base (schema, unique ids, alias
// collisions, fact targets, years in order) and prints its size by kind and by country.
import { loadKnowledge } from '../src/knowledge/index.ts';
import { KnowledgeError } from '../src/errors.ts';

try {
  const k = loadKnowledge();
  const byKind = new Map<string, number>();
  const byCountry = new Map<string, number>();
  for (const a of k.actors) {
    byKind.set(a.kind, (byKind.get(a.kind) ?? 0) + 1);
    for (const c of a.countries) byCountry.set(c, (byCountry.get(c) ?? 0) + 1);
  }
  const names = k.actors.reduce((n, a) => n + 1 + a.aliases.length, 0);
  console.log(`knowledge base ok: ${k.actors.length} actors, ${names} names, ${k.nonActors.length} non-actors`);
  console.log(`by kind: ${[...byKind].map(([x, n]) => `${x} ${n}`).join(', ')}`);
  console.log(`by country: ${[...byCountry].sort((a, b) => b[1] - a[1]).map(([x, n]) => `${x} ${n}`).join(', ')}`);
} catch (err) {
  if (!(err instanceof KnowledgeError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
}
