import type { GraphStore } from '../store/GraphStore.js';
import { selectGraph, type GraphSelection } from './GraphSelection.js';
import { countingGraph, type ExportSummary } from './exportSummary.js';
import { attributeText, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type AttributeSpec } from './graphAttributes.js';
import { writeChunk } from './writeChunks.js';
import { xmlAttr, xmlSafeId, xmlText } from './xml.js';

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`;

function keyId(kind: 'node' | 'edge', name: string): string {
  return `${kind === 'node' ? 'n' : 'e'}_${name}`;
}

function keyDeclarations<T>(kind: 'node' | 'edge', specs: readonly AttributeSpec<T>[]): string {
  return specs
    .map((s) => `  <key id="${keyId(kind, s.name)}" for="${kind}" attr.name="${s.name}" attr.type="${s.type}"/>\n`)
    .join('');
}

function dataElements<T>(kind: 'node' | 'edge', specs: readonly AttributeSpec<T>[], item: T): string {
  return specs.map((s) => `<data key="${keyId(kind, s.name)}">${xmlText(attributeText(s.value(item)))}</data>`).join('');
}

/**
 * Writes the selected graph as GraphML (directed; typed `<key>` declarations), streaming:
 * nodes are entities (id = XML-safe entity key), edges are facts (id = fact key). Lists and
 * maps (aliases, qualifiers, evidence) are JSON strings. Readable by Gephi, yEd, networkx,
 * Cytoscape and graphology-graphml.
 */
export async function exportGraphml(store: GraphStore, out: NodeJS.WritableStream, selection: GraphSelection = {}): Promise<ExportSummary> {
  const { graph, summary } = countingGraph(await selectGraph(store, selection));
  await writeChunk(out, HEADER + keyDeclarations('node', NODE_ATTRIBUTES) + keyDeclarations('edge', EDGE_ATTRIBUTES));
  await writeChunk(out, '  <graph id="newsgraph" edgedefault="directed">\n');
  for await (const e of graph.entities()) {
    await writeChunk(out, `    <node id="${xmlAttr(xmlSafeId(e.key))}">${dataElements('node', NODE_ATTRIBUTES, e)}</node>\n`);
  }
  for await (const s of graph.facts()) {
    const { fact } = s;
    await writeChunk(
      out,
      `    <edge id="${xmlAttr(xmlSafeId(fact.key))}" source="${xmlAttr(xmlSafeId(fact.subject))}" target="${xmlAttr(xmlSafeId(fact.object))}">${dataElements('edge', EDGE_ATTRIBUTES, s)}</edge>\n`,
    );
  }
  await writeChunk(out, '  </graph>\n</graphml>\n');
  return summary;
}
