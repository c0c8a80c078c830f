import type { SelectedFact, SelectedGraph } from './GraphSelection.js';
import type { StoredArticle, StoredEntity } from '../model/types.js';

/** What an export wrote. */
export interface ExportSummary {
  articles: number;
  entities: number;
  facts: number;
  /** The entity neighbourhood was cut at its size limit. */
  truncated: boolean;
}

async function* counted<T>(items: AsyncIterable<T>, bump: () => void): AsyncGenerator<T> {
  for await (const item of items) {
    bump();
    yield item;
  }
}

/** Wraps a selected graph so that everything iterated is counted into `summary`. */
export function countingGraph(graph: SelectedGraph): { graph: SelectedGraph; summary: ExportSummary } {
  const summary: ExportSummary = { articles: 0, entities: 0, facts: 0, truncated: graph.truncated };
  const wrapped: SelectedGraph = {
    selection: graph.selection,
    start: graph.start,
    truncated: graph.truncated,
    acceptFact: (fact) => graph.acceptFact(fact),
    articles: (): AsyncIterable<StoredArticle> => counted(graph.articles(), () => summary.articles++),
    entities: (): AsyncIterable<StoredEntity> => counted(graph.entities(), () => summary.entities++),
    facts: (): AsyncIterable<SelectedFact> => counted(graph.facts(), () => summary.facts++),
  };
  return { graph: wrapped, summary };
}
