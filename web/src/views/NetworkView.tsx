// The network: actors as nodes (colour by kind), relations as edges (colour by family; dashed
// when only hedged or attributed; red "NOT" when denied), laid out by ForceAtlas2 in a worker.
// Filters and highlights are reducers over a small state; the graph itself is never mutated.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Sigma from 'sigma';
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { api, type Graph as GraphData } from '../api.ts';
import { href } from '../route.ts';
import type { EdgeProgramType } from 'sigma/rendering';
import { DashedArrowProgram } from '../lib/dashed-edge-program.ts';
import { buildGraph, edgeReducer, nodeReducer, visibleNodes, type EdgeAttributes, type NetworkFilters, type NodeAttributes } from '../lib/network-state.ts';
import { NetworkFilterPanel } from './network/NetworkFilters.tsx';
import { EdgePanel } from './network/EdgePanel.tsx';

type G = Graph<NodeAttributes, EdgeAttributes>;
/** Up to this many nodes the layout runs at once on the main thread; above, in a worker. */
const SYNC_LAYOUT_NODES = 800;
/** Above this many edges, edges and labels are not drawn while the camera moves. */
const LARGE_GRAPH_EDGES = 2000;

declare global { interface Window { factiongraphNetwork?: { sigma: Sigma<NodeAttributes, EdgeAttributes>; graph: G } } }

export function NetworkView({ focus }: { focus: string | null }) {
  const container = useRef<HTMLDivElement>(null);
  const [data, setData] = useState<GraphData | null>(null);
  const [dates, setDates] = useState<string[]>([]);
  const [asOf, setAsOf] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filters, setFilters] = useState<NetworkFilters | null>(null);
  const [focused, setFocused] = useState<string | null>(focus);
  const [hovered, setHovered] = useState<string | null>(null);
  const [selectedEdge, setSelectedEdge] = useState<string | null>(null);
  const [graph, setGraph] = useState<G | null>(null);
  const sigmaRef = useRef<Sigma<NodeAttributes, EdgeAttributes> | null>(null);

  const load = useCallback(() => {
    // Evidence is fetched per edge when opened: a whole corpus's sentences would weigh down the first screen.
    api.graph({ asOf: asOf ?? undefined, negated: true, evidence: 0 }).then((d) => { setData(d); setError(null); }, (e: Error) => setError(e.message));
  }, [asOf]);
  useEffect(load, [load]);
  useEffect(() => { setFocused(focus); }, [focus]);

  // The first answer fixes the filter choices and the slider's dates.
  useEffect(() => {
    if (!data || filters) return;
    setFilters({ types: new Set(data.edges.map((e) => e.type)), certainties: new Set(['asserted', 'attributed', 'hedged']), showDenied: true, minSupport: 1, theatre: '', country: '' });
    setDates([...new Set(data.edges.flatMap((e) => [e.first_seen, e.last_seen]).filter((d): d is string => !!d))].sort());
  }, [data, filters]);

  useEffect(() => {
    if (!data) return;
    setGraph((previous) => {
      const g = buildGraph(data.nodes, data.edges, previous ?? undefined);
      if (!previous && g.order > 0 && g.order <= SYNC_LAYOUT_NODES) forceAtlas2.assign(g, { iterations: 150, settings: { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 300 } });
      return g;
    });
  }, [data]);

  useEffect(() => {
    if (!graph || !container.current) return;
    const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container.current, {
      enableEdgeEvents: true, renderEdgeLabels: true, defaultEdgeType: 'arrow', labelRenderedSizeThreshold: 6,
      // Large graphs stay fluid under software WebGL when edges and labels rest while the camera moves.
      hideEdgesOnMove: graph.size > LARGE_GRAPH_EDGES, hideLabelsOnMove: graph.size > LARGE_GRAPH_EDGES,
      edgeProgramClasses: { dashed: DashedArrowProgram as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes> },
    });
    sigmaRef.current = sigma;
    window.factiongraphNetwork = { sigma, graph };
    sigma.on('enterNode', ({ node }) => setHovered(node));
    sigma.on('leaveNode', () => setHovered(null));
    sigma.on('clickNode', ({ node }) => { setFocused(node); setSelectedEdge(null); });
    sigma.on('doubleClickNode', ({ node, event }) => { event.preventSigmaDefault(); location.hash = href('actor', node); });
    sigma.on('clickEdge', ({ edge }) => setSelectedEdge(edge));
    sigma.on('clickStage', () => { setFocused(null); setSelectedEdge(null); });
    let layout: FA2Layout | null = null;
    let timer: number | undefined;
    if (graph.order > SYNC_LAYOUT_NODES) {
      layout = new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true } });
      layout.start();
      timer = window.setTimeout(() => layout?.stop(), Math.min(8000, 2000 + graph.order));
    }
    return () => { window.clearTimeout(timer); layout?.kill(); sigma.kill(); sigmaRef.current = null; };
  }, [graph]);

  const visible = useMemo(() => (graph && filters ? visibleNodes(graph, filters) : new Set<string>()), [graph, filters]);
  const shownEdges = useMemo(() => {
    if (!graph || !filters) return 0;
    const reduce = edgeReducer(graph, visible, filters, { focus: null, hovered: null }, null);
    return graph.filterEdges((k, a) => !reduce(k, a).hidden).length;
  }, [graph, filters, visible]);

  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma || !graph || !filters) return;
    const h = { focus: focused, hovered };
    sigma.setSetting('nodeReducer', nodeReducer(graph, visible, h));
    sigma.setSetting('edgeReducer', edgeReducer(graph, visible, filters, h, selectedEdge));
  }, [graph, filters, visible, focused, hovered, selectedEdge]);

  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma || !graph || !focused || !graph.hasNode(focused)) return;
    const at = sigma.getNodeDisplayData(focused);
    if (at) sigma.getCamera().animate({ x: at.x, y: at.y, ratio: 0.5 }, { duration: 400 });
  }, [focused, graph]);

  const name = (key: string) => (graph?.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key);
  const edge = selectedEdge && graph?.hasEdge(selectedEdge) ? graph.getEdgeAttribute(selectedEdge, 'data') : null;
  const choices = useMemo(() => ({
    types: [...new Set(data?.edges.map((e) => e.type) ?? [])].sort(),
    theatres: [...new Set(data?.nodes.map((n) => n.theatre).filter((t): t is string => !!t) ?? [])].sort(),
    countries: [...new Set(data?.nodes.flatMap((n) => n.countries) ?? [])].sort(),
    names: (data?.nodes ?? []).map((n) => ({ key: n.key, label: n.name })).sort((a, b) => a.label.localeCompare(b.label)),
  }), [data]);

  return (
    <div className="split">
      {filters && <NetworkFilterPanel filters={filters} onChange={setFilters} {...choices} onFocus={setFocused} dates={dates} asOf={asOf} onAsOf={setAsOf} shown={{ nodes: visible.size, edges: shownEdges }} />}
      <div className="stage" ref={container} data-testid="network" data-nodes={visible.size} data-edges={shownEdges} />
      <aside className="side" data-testid="network-panel">
        {error && <p className="error">{error}</p>}
        {edge ? <EdgePanel key={selectedEdge} edge={edge} asOf={asOf} names={name} onReviewed={load} />
          : focused && graph?.hasNode(focused) ? <ActorSummary graph={graph} actor={focused} onEdge={setSelectedEdge} />
          : <p className="muted">{data && data.edges.length === 0 ? 'No relations stored yet: ingest some reporting.' : 'Click an actor to see its relations, an edge to read its evidence; double-click an actor for its profile.'}</p>}
      </aside>
    </div>
  );
}

function ActorSummary({ graph, actor, onEdge }: { graph: G; actor: string; onEdge: (edge: string) => void }) {
  const a = graph.getNodeAttributes(actor);
  return (
    <div data-testid="network-actor">
      <h3>{a.label}</h3>
      <p className="muted">{a.kind.replace(/_/g, ' ')}{a.theatre ? ` · ${a.theatre}` : ''}{a.countries.length ? ` · ${a.countries.join(', ')}` : ''}</p>
      <p><a href={href('actor', actor)}>Open profile →</a> · <a href={href('timeline', actor)}>timeline</a>
        {' '}(<a href={href('timeline', [actor, ...graph.neighbors(actor)].join(','))} data-testid="timeline-with-neighbours">with its neighbours</a>) · <a href={href('map', actor)}>map</a></p>
      <ul>
        {graph.edges(actor).map((k) => {
          const e = graph.getEdgeAttribute(k, 'data');
          const other = e.source === actor ? e.target : e.source;
          return <li key={k}><a href="#" onClick={(ev) => { ev.preventDefault(); onEdge(k); }}>{e.source === actor ? '' : '← '}{e.negated ? 'NOT ' : ''}{e.type.replace(/_/g, ' ')}</a> {graph.getNodeAttribute(other, 'label')} <span className="muted">×{e.support}</span></li>;
        })}
      </ul>
    </div>
  );
}
