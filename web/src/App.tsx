// The shell: a bar of views and the current one, chosen by the URL hash (route.ts).
import { useEffect, useState } from 'react';
import { parseRoute, href, VIEWS, type Route } from './route.ts';
import { NetworkView } from './views/NetworkView.tsx';
import { MapView } from './views/MapView.tsx';
import { TimelineView } from './views/TimelineView.tsx';
import { ReaderView } from './views/ReaderView.tsx';
import { ActorView } from './views/ActorView.tsx';
import { ReviewView } from './views/ReviewView.tsx';
import { IngestView } from './views/IngestView.tsx';

const TITLES: Record<Route['view'], string> = { network: 'Network', map: 'Map', timeline: 'Timeline', reader: 'Reader', actor: 'Actor', review: 'Review', ingest: 'Ingest' };

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

export function App() {
  const route = useRoute();
  return (
    <div className="app">
      <header className="bar">
        <strong className="brand">factiongraph</strong>
        <nav>
          {VIEWS.map((v) => (
            <a key={v} href={href(v)} className={v === route.view ? 'active' : ''} data-view={v}>{TITLES[v]}</a>
          ))}
        </nav>
      </header>
      <main className="view" data-testid={`view-${route.view}`}>
        {route.view === 'network' && <NetworkView focus={route.arg} />}
        {route.view === 'map' && <MapView actor={route.arg} />}
        {route.view === 'timeline' && <TimelineView actor={route.arg} />}
        {route.view === 'reader' && <ReaderView documentId={route.arg == null ? null : Number(route.arg)} />}
        {route.view === 'actor' && <ActorView actorKey={route.arg} />}
        {route.view === 'review' && <ReviewView />}
        {route.view === 'ingest' && <IngestView />}
      </main>
    </div>
  );
}
