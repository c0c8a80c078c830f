import type { EntityType, StoredArticle, StoredEntity } from '../model/types.js';
import type { GraphStore } from '../store/GraphStore.js';
import { selectGraph, type GraphSelection, type SelectedFact } from './GraphSelection.js';
import { countingGraph, type ExportSummary } from './exportSummary.js';
import { writeChunk } from './writeChunks.js';

/** schema.org type per entity type. */
export const SCHEMA_ORG_TYPES: Readonly<Record<EntityType, string>> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  GPE: 'AdministrativeArea',
  LOCATION: 'Place',
  FACILITY: 'CivicStructure',
  WEAPON: 'Product',
  VEHICLE: 'Vehicle',
  EVENT: 'Event',
  OTHER: 'Thing',
};

export const NEWSGRAPH_NS = 'https://newsgraph.invalid/ns#';

export const JSONLD_CONTEXT = {
  '@vocab': 'https://schema.org/',
  ng: NEWSGRAPH_NS,
  'ng:subject': { '@type': '@id' },
  'ng:object': { '@type': '@id' },
  'ng:qualifiers': { '@type': '@json' },
} as const;

/** Percent-encodes any string into an IRI segment (lone surrogates written as %uXXXX first). */
function iriSegment(text: string): string {
  return encodeURIComponent(text.replace(/\p{Cs}/gu, (ch) => `%u${ch.charCodeAt(0).toString(16).toUpperCase()}`));
}

export function entityIri(key: string): string {
  return `urn:newsgraph:entity:${iriSegment(key)}`;
}
export function factIri(key: string): string {
  return `urn:newsgraph:fact:${iriSegment(key)}`;
}
export function articleIri(id: string): string {
  return `urn:newsgraph:article:${iriSegment(id)}`;
}

function articleNode(a: StoredArticle): Record<string, unknown> {
  const node: Record<string, unknown> = { '@id': articleIri(a.id), '@type': 'NewsArticle', identifier: a.id, 'ng:source': a.source };
  if (/^https?:\/\//i.test(a.source)) node.url = a.source;
  if (a.title !== null) node.headline = a.title;
  if (a.publishedAt !== null) node.datePublished = a.publishedAt;
  return node;
}

function entityNode(e: StoredEntity): Record<string, unknown> {
  return {
    '@id': entityIri(e.key),
    '@type': SCHEMA_ORG_TYPES[e.type],
    identifier: e.key,
    name: e.name,
    alternateName: e.aliases,
    'ng:entityType': e.type,
    'ng:mentionCount': e.mentionCount,
    subjectOf: e.articleIds.map((id) => ({ '@id': articleIri(id) })),
  };
}

/** A fact reified as a schema:Claim whose appearances are the evidence quotations. */
function claimNode({ fact: f, subject, object }: SelectedFact): Record<string, unknown> {
  return {
    '@id': factIri(f.key),
    '@type': 'Claim',
    identifier: f.key,
    name: `${subject.name} ${f.predicate} ${object.name}`,
    about: [{ '@id': entityIri(f.subject) }, { '@id': entityIri(f.object) }],
    'ng:subject': entityIri(f.subject),
    'ng:predicate': f.predicate,
    'ng:verb': f.verb,
    'ng:object': entityIri(f.object),
    'ng:qualifiers': f.qualifiers,
    'ng:confidence': f.confidence,
    'ng:negated': f.negated,
    'ng:modality': f.modality,
    appearance: f.evidence.map((ev) => ({
      '@type': 'Quotation',
      text: ev.sentence,
      isPartOf: { '@id': articleIri(ev.articleId) },
      'ng:start': ev.start,
      'ng:end': ev.end,
    })),
  };
}

/**
 * Writes the selected graph as one JSON-LD document (schema.org vocabulary), streaming:
 * NewsArticle nodes, entity nodes typed Person / Organization / Place …, and one schema:Claim
 * per fact carrying subject, predicate, object, confidence and its evidence as Quotations.
 */
export async function exportJsonld(store: GraphStore, out: NodeJS.WritableStream, selection: GraphSelection = {}): Promise<ExportSummary> {
  const { graph, summary } = countingGraph(await selectGraph(store, selection));
  await writeChunk(out, `{"@context":${JSON.stringify(JSONLD_CONTEXT)},\n"@graph":[`);
  let first = true;
  const item = async (node: Record<string, unknown>): Promise<void> => {
    await writeChunk(out, `${first ? '' : ','}\n${JSON.stringify(node)}`);
    first = false;
  };
  for await (const a of graph.articles()) await item(articleNode(a));
  for await (const e of graph.entities()) await item(entityNode(e));
  for await (const s of graph.facts()) await item(claimNode(s));
  await writeChunk(out, '\n]}\n');
  return summary;
}
