/**
 * The node and edge attributes the XML graph formats (GraphML, GEXF) export, with their
 * types. One table, so both formats declare and write the same attributes.
 *
 * Names avoid what the usual readers reserve (RESERVED_ATTRIBUTE_NAMES): networkx passes the
 * attributes as keyword arguments next to its own (`key` of a multigraph edge), and GEXF/
 * Gephi treat id, label, weight, type, start and end as the element's own fields. So the
 * canonical keys are `entityKey` and `factKey`, and `label` is written as the element's label.
 */
import type { StoredEntity } from '../model/types.js';
import type { SelectedFact } from './GraphSelection.js';

export type AttributeType = 'string' | 'int' | 'double' | 'boolean';

export interface AttributeSpec<T> {
  name: string;
  type: AttributeType;
  value: (item: T) => string | number | boolean;
}

export const NODE_ATTRIBUTES: readonly AttributeSpec<StoredEntity>[] = [
  { name: 'label', type: 'string', value: (e) => e.name },
  { name: 'entityKey', type: 'string', value: (e) => e.key },
  { name: 'name', type: 'string', value: (e) => e.name },
  { name: 'type', type: 'string', value: (e) => e.type },
  { name: 'aliases', type: 'string', value: (e) => JSON.stringify(e.aliases) },
  { name: 'mentionCount', type: 'int', value: (e) => e.mentionCount },
  { name: 'articleCount', type: 'int', value: (e) => e.articleIds.length },
  { name: 'articleIds', type: 'string', value: (e) => JSON.stringify(e.articleIds) },
];

export const EDGE_ATTRIBUTES: readonly AttributeSpec<SelectedFact>[] = [
  { name: 'label', type: 'string', value: (s) => s.fact.predicate },
  { name: 'factKey', type: 'string', value: (s) => s.fact.key },
  { name: 'predicate', type: 'string', value: (s) => s.fact.predicate },
  { name: 'verb', type: 'string', value: (s) => s.fact.verb },
  { name: 'confidence', type: 'double', value: (s) => s.fact.confidence },
  { name: 'negated', type: 'boolean', value: (s) => s.fact.negated },
  { name: 'modality', type: 'string', value: (s) => s.fact.modality },
  { name: 'qualifiers', type: 'string', value: (s) => JSON.stringify(s.fact.qualifiers) },
  { name: 'articleIds', type: 'string', value: (s) => JSON.stringify(s.fact.articleIds) },
  { name: 'evidenceCount', type: 'int', value: (s) => s.fact.evidence.length },
  { name: 'evidence', type: 'string', value: (s) => JSON.stringify(s.fact.evidence) },
];

/**
 * Names a reader takes for itself, compared case-insensitively: networkx's add_node/add_edge
 * parameters (node_for_adding; u_for_edge, v_for_edge, key), GEXF's element attributes (id,
 * pid, start, end; source, target, weight, kind, type) and Gephi's columns (Id, Interval;
 * Weight, Kind, Type). `label` is allowed in the tables: both formats write it as the label.
 */
export const RESERVED_ATTRIBUTE_NAMES: Readonly<Record<'node' | 'edge', readonly string[]>> = {
  node: ['node_for_adding', 'id', 'pid', 'start', 'end', 'interval'],
  edge: ['u_for_edge', 'v_for_edge', 'key', 'id', 'source', 'target', 'weight', 'kind', 'type', 'start', 'end', 'interval'],
};

/** Text form of an attribute value for XML (numbers finite, booleans lower case). */
export function attributeText(value: string | number | boolean): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  return String(value);
}
