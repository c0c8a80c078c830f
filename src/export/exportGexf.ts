import type { GraphStore } from '../store/GraphStore.js';
import { selectGraph, type GraphSelection } from './GraphSelection.js';
import { countingGraph, type ExportSummary } from './exportSummary.js';
import { attributeText, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type AttributeSpec, type AttributeType } from './graphAttributes.js';
import { writeChunk } from './writeChunks.js';
import { xmlAttr, xmlSafeId } from './xml.js';

const GEXF_TYPES: Readonly<Record<AttributeType, string>> = { string: 'string', int: 'integer', double: 'double', boolean: 'boolean' };

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta><creator>newsgraph</creator><description>entities and relation facts extracted from news</description></meta>
  <graph mode="static" defaultedgetype="directed">
`;

/** The label is the element's own `label` attribute in GEXF, not an attvalue. */
function declared<T>(specs: readonly AttributeSpec<T>[]): readonly AttributeSpec<T>[] {
  return specs.filter((s) => s.name !== 'label');
}

function declarations<T>(kind: 'node' | 'edge', specs: readonly AttributeSpec<T>[]): string {
  const lines = declared(specs).map((s) => `      <attribute id="${s.name}" title="${s.name}" type="${GEXF_TYPES[s.type]}"/>\n`);
  return `    <attributes class="${kind}">\n${lines.join('')}    </attributes>\n`;
}

function attvalues<T>(specs: readonly AttributeSpec<T>[], item: T): string {
  const values = declared(specs).map((s) => `<attvalue for="${s.name}" value="${xmlAttr(attributeText(s.value(item)))}"/>`);
  return `<attvalues>${values.join('')}</attvalues>`;
}

/**
 * Writes the selected graph as GEXF 1.3 (directed, static) with attribute declarations,
 * streaming: `<nodes>` (entities) then `<edges>` (facts; `kind` and `label` = predicate,
 * `weight` = confidence). Opens in Gephi.
 */
export async function exportGexf(store: GraphStore, out: NodeJS.WritableStream, selection: GraphSelection = {}): Promise<ExportSummary> {
  const { graph, summary } = countingGraph(await selectGraph(store, selection));
  await writeChunk(out, HEADER + declarations('node', NODE_ATTRIBUTES) + declarations('edge', EDGE_ATTRIBUTES) + '    <nodes>\n');
  for await (const e of graph.entities()) {
    await writeChunk(out, `      <node id="${xmlAttr(xmlSafeId(e.key))}" label="${xmlAttr(e.name)}">${attvalues(NODE_ATTRIBUTES, e)}</node>\n`);
  }
  await writeChunk(out, '    </nodes>\n    <edges>\n');
  for await (const s of graph.facts()) {
    const { fact } = s;
    const attrs = [
      `id="${xmlAttr(xmlSafeId(fact.key))}"`,
      `source="${xmlAttr(xmlSafeId(fact.subject))}"`,
      `target="${xmlAttr(xmlSafeId(fact.object))}"`,
      `label="${xmlAttr(fact.predicate)}"`,
      `kind="${xmlAttr(fact.predicate)}"`,
      `weight="${attributeText(fact.confidence)}"`,
    ];
    await writeChunk(out, `      <edge ${attrs.join(' ')}>${attvalues(EDGE_ATTRIBUTES, s)}</edge>\n`);
  }
  await writeChunk(out, '    </edges>\n  </graph>\n</gexf>\n');
  return summary;
}
