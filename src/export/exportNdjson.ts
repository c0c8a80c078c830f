import type { EntityType, StoredEntity, StoredEvidence, Modality } from '../model/types.js';
import type { GraphStore } from '../store/GraphStore.js';
import { selectGraph, type GraphSelection, type SelectedFact } from './GraphSelection.js';
import { countingGraph, type ExportSummary } from './exportSummary.js';
import { writeChunk } from './writeChunks.js';

export interface NdjsonEntityRef {
  key: string;
  name: string;
  type: EntityType;
}

/** One line of the ndjson export: a fact with its ends' names and types and its evidence. */
export interface NdjsonFact {
  key: string;
  subject: NdjsonEntityRef;
  predicate: string;
  verb: string;
  object: NdjsonEntityRef;
  qualifiers: Record<string, string>;
  confidence: number;
  negated: boolean;
  modality: Modality;
  articleIds: string[];
  evidence: StoredEvidence[];
}

function ref(e: StoredEntity): NdjsonEntityRef {
  return { key: e.key, name: e.name, type: e.type };
}

export function ndjsonFact({ fact, subject, object }: SelectedFact): NdjsonFact {
  return {
    key: fact.key,
    subject: ref(subject),
    predicate: fact.predicate,
    verb: fact.verb,
    object: ref(object),
    qualifiers: fact.qualifiers,
    confidence: fact.confidence,
    negated: fact.negated,
    modality: fact.modality,
    articleIds: fact.articleIds,
    evidence: fact.evidence,
  };
}

/** Writes one JSON fact per line (streaming). */
export async function exportNdjson(store: GraphStore, out: NodeJS.WritableStream, selection: GraphSelection = {}): Promise<ExportSummary> {
  const { graph, summary } = countingGraph(await selectGraph(store, selection));
  for await (const selected of graph.facts()) await writeChunk(out, `${JSON.stringify(ndjsonFact(selected))}\n`);
  return summary;
}
