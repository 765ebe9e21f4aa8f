// Actor search as a hook: the names matching a query, fetched after a short pause in typing,
// shared by the Timeline's picker and the Actor view's search page.
import { useEffect, useState } from 'react';
import { api } from '../../api.ts';

export type ActorHit = Awaited<ReturnType<typeof api.actors>>[number];

export function useActorSearch(q: string, enabled = true): { hits: ActorHit[]; error: string | null } {
  const [hits, setHits] = useState<ActorHit[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const t = setTimeout(() => api.actors(q.trim()).then((h) => { if (live) { setHits(h); setError(null); } }, (e: Error) => live && setError(e.message)), 180);
    return () => { live = false; clearTimeout(t); };
  }, [q, enabled]);
  return { hits, error };
}
