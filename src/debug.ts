// A tiny DEBUG=namespace logger (as the `debug` package does), so `DEBUG=factiongraph:extract`
// prints each rule as it fires without a dependency. Writes to stderr.

export type DebugLog = (message: string) => void;

export function debugFor(namespace: string, env: string | undefined = process.env.DEBUG): DebugLog {
  const enabled = (env ?? '').split(',').map((p) => p.trim()).filter(Boolean)
    .some((p) => p === namespace || p === '*' || (p.endsWith('*') && namespace.startsWith(p.slice(0, -1))));
  if (!enabled) return () => {};
  return (message) => process.stderr.write(`${namespace} ${message}\n`);
}
