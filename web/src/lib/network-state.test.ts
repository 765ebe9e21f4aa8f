// The network's pure state: visibility by relation type, certainty, denial, support, theatre and
// country; reducers dimming what is away from the focus; positions kept across a re-query.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Edge, GraphNode } from '../api.ts';
import { buildGraph, certaintyOf, edgeId, edgeReducer, edgeVisible, nodeReducer, visibleNodes, type NetworkFilters } from './network-state.ts';

const node = (key: string, theatre: string | null = 'syria', countries = ['SY']): GraphNode => ({ key, known_id: key, name: key.toUpperCase(), kind: 'armed_group', countries, theatre, review: null });
const edge = (type: string, source: string, target: string, o: Partial<Edge> = {}): Edge => ({
  type, source, target, negated: false, support: 1, documents: 1, first_seen: '2020-01-01', last_seen: '2020-01-01',
  certainty: { asserted: 1, attributed: 0, hedged: 0 }, valid_from: null, valid_to: null, contradicted_by: 0, reviewed: 0, evidence: [], ...o,
});
const ALL: NetworkFilters = { types: new Set(['allied_with', 'hostile_to', 'pledged_allegiance_to']), certainties: new Set(['asserted', 'attributed', 'hedged']), showDenied: true, minSupport: 1, theatre: '', country: '' };

const nodes = [node('a'), node('b'), node('c'), node('d', 'iraq', ['IQ'])];
const edges = [
  edge('allied_with', 'a', 'b', { support: 3 }),
  edge('hostile_to', 'b', 'c', { certainty: { asserted: 0, attributed: 0, hedged: 2 }, support: 2 }),
  edge('pledged_allegiance_to', 'c', 'a', { negated: true }),
  edge('hostile_to', 'd', 'a'),
];

test('certainty of an edge is the strongest of its claims', () => {
  assert.equal(certaintyOf(edges[0]!), 'asserted');
  assert.equal(certaintyOf(edges[1]!), 'hedged');
  assert.equal(certaintyOf(edge('x', 'a', 'b', { certainty: { asserted: 0, attributed: 1, hedged: 1 } })), 'attributed');
});

test('each filter takes away what it names and nothing else', () => {
  const count = (f: Partial<NetworkFilters>) => edges.filter((e) => edgeVisible(e, { ...ALL, ...f })).length;
  assert.equal(count({}), 4);
  assert.equal(count({ types: new Set(['hostile_to']) }), 2);
  assert.equal(count({ certainties: new Set(['asserted']) }), 3);
  assert.equal(count({ showDenied: false }), 3);
  assert.equal(count({ minSupport: 2 }), 2);
});

test('hedged and denied edges are drawn dashed; nodes without a visible edge are hidden', () => {
  const g = buildGraph(nodes, edges);
  assert.equal(g.getEdgeAttribute(edgeId(edges[0]!), 'type'), 'arrow');
  assert.equal(g.getEdgeAttribute(edgeId(edges[1]!), 'type'), 'dashed');
  assert.equal(g.getEdgeAttribute(edgeId(edges[2]!), 'label'), 'NOT pledged allegiance to');
  const reviewed = buildGraph([{ ...node('a'), review: 'accept' }, node('b')], [edge('allied_with', 'a', 'b', { reviewed: 1 })]);
  assert.equal(reviewed.getNodeAttribute('a', 'label'), 'A ✓');
  assert.equal(reviewed.getEdgeAttribute(reviewed.edges()[0]!, 'label'), 'allied with ✓');
  assert.deepEqual([...visibleNodes(g, { ...ALL, types: new Set(['allied_with']) })].sort(), ['a', 'b']);
  assert.deepEqual([...visibleNodes(g, { ...ALL, theatre: 'syria' })].sort(), ['a', 'b', 'c']);
  assert.deepEqual([...visibleNodes(g, { ...ALL, country: 'IQ' })], []);
});

test('focusing an actor dims what is not its neighbour; a re-query keeps positions', () => {
  const g = buildGraph(nodes, edges);
  const visible = visibleNodes(g, ALL);
  const reduceNode = nodeReducer(g, visible, { focus: 'd', hovered: null });
  assert.equal(reduceNode('b', g.getNodeAttributes('b')).label, '');
  assert.equal(reduceNode('a', g.getNodeAttributes('a')).forceLabel, true);
  const reduceEdge = edgeReducer(g, visible, ALL, { focus: 'd', hovered: null }, null);
  assert.equal(reduceEdge(edgeId(edges[0]!), g.getEdgeAttributes(edgeId(edges[0]!))).color, '#eceef2');
  g.setNodeAttribute('a', 'x', 42);
  assert.equal(buildGraph(nodes, edges.slice(0, 1), g).getNodeAttribute('a', 'x'), 42);
});
