// The merged graph as JSON, GraphML and GEXF (both open in Gephi): nodes are actors, edges the
// merged relations with their support, certainty mix, time and contradictions.
import type { Corpus } from './corpus.ts';
import { xml } from './xml.ts';

export function toJson(c: Corpus): string {
  return JSON.stringify({ nodes: c.nodes, edges: c.edges, events: c.events }, null, 1);
}

const NODE_KEYS = [['name', 'string'], ['kind', 'string'], ['known_id', 'string']] as const;
const EDGE_KEYS = [['type', 'string'], ['negated', 'boolean'], ['support', 'int'], ['documents', 'int'], ['first_seen', 'string'], ['last_seen', 'string'],
  ['asserted', 'int'], ['attributed', 'int'], ['hedged', 'int'], ['valid_from', 'string'], ['valid_to', 'string'], ['contradicted_by', 'int']] as const;

function edgeValues(e: Corpus['edges'][number]): Record<string, unknown> {
  return { ...e, asserted: e.certainty.asserted, attributed: e.certainty.attributed, hedged: e.certainty.hedged };
}

export function toGraphml(c: Corpus): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
  for (const [k, t] of NODE_KEYS) out.push(`  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`);
  for (const [k, t] of EDGE_KEYS) out.push(`  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`);
  out.push('  <graph id="factiongraph" edgedefault="directed">');
  for (const n of c.nodes) {
    out.push(`    <node id="${xml(n.key)}">${NODE_KEYS.map(([k]) => `<data key="n_${k}">${xml((n as unknown as Record<string, unknown>)[k])}</data>`).join('')}</node>`);
  }
  c.edges.forEach((e, i) => {
    const v = edgeValues(e);
    out.push(`    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}">${EDGE_KEYS.map(([k]) => `<data key="e_${k}">${xml(v[k])}</data>`).join('')}</edge>`);
  });
  out.push('  </graph>', '</graphml>');
  return `${out.join('\n')}\n`;
}

export function toGexf(c: Corpus): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<gexf xmlns="http://gexf.net/1.3" version="1.3">', '  <graph mode="static" defaultedgetype="directed">'];
  out.push('    <attributes class="node">', ...NODE_KEYS.filter(([k]) => k !== 'name').map(([k], i) => `      <attribute id="${i}" title="${k}" type="string"/>`), '    </attributes>');
  out.push('    <attributes class="edge">', ...EDGE_KEYS.map(([k, t], i) => `      <attribute id="${i}" title="${k}" type="${t === 'int' ? 'integer' : t}"/>`), '    </attributes>');
  out.push('    <nodes>');
  for (const n of c.nodes) out.push(`      <node id="${xml(n.key)}" label="${xml(n.name)}"><attvalues><attvalue for="0" value="${xml(n.kind)}"/><attvalue for="1" value="${xml(n.known_id ?? '')}"/></attvalues></node>`);
  out.push('    </nodes>', '    <edges>');
  c.edges.forEach((e, i) => {
    const v = edgeValues(e);
    out.push(`      <edge id="${i}" source="${xml(e.source)}" target="${xml(e.target)}" label="${xml(e.type)}" weight="${e.support}"><attvalues>${EDGE_KEYS.map(([k], j) => `<attvalue for="${j}" value="${xml(v[k] ?? '')}"/>`).join('')}</attvalues></edge>`);
  });
  out.push('    </edges>', '  </graph>', '</gexf>');
  return `${out.join('\n')}\n`;
}
