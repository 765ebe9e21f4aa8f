// The UI's address: which view, and its one argument, kept in the URL hash so that every view
// can be linked, reloaded and opened in another tab (#/actor/AQ, #/reader/3, #/timeline/AQ).

export const VIEWS = ['network', 'map', 'timeline', 'reader', 'actor', 'review', 'ingest'] as const;
export type View = (typeof VIEWS)[number];
export interface Route { view: View; arg: string | null }

export function parseRoute(hash: string): Route {
  const [view, ...rest] = hash.replace(/^#\/?/, '').split('/');
  const known = (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : 'network';
  const arg = rest.length ? decodeURIComponent(rest.join('/')) : null;
  return { view: known, arg: arg || null };
}

export function href(view: View, arg?: string | number | null): string {
  return arg == null || arg === '' ? `#/${view}` : `#/${view}/${encodeURIComponent(String(arg))}`;
}
