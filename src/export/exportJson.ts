import type { ArticleExtraction, ExtractedEntity, ExtractedRelation, StoredEntity } from '../model/types.js';
import { MAX_PAGE_SIZE, type GraphStore } from '../store/GraphStore.js';
import { countingGraph, type ExportSummary } from './exportSummary.js';
import { isWholeGraph, selectGraph, type GraphSelection } from './GraphSelection.js';
import { writeChunk } from './writeChunks.js';

/**
 * Writes the (selected) graph in the extraction-contract shape, one article at a time:
 * `{"articles":[…]}` with entity ids = canonical keys and each article's own evidence.
 * With a selection, articles keep only selected entities and facts, and articles left with
 * neither are omitted. (Entities are grouped by article in memory, once.)
 */
export async function exportJson(store: GraphStore, out: NodeJS.WritableStream, selection: GraphSelection = {}): Promise<ExportSummary> {
  const whole = isWholeGraph(selection);
  const { graph, summary } = countingGraph(await selectGraph(store, selection));
  const entitiesByArticle = new Map<string, StoredEntity[]>();
  for await (const entity of graph.entities()) {
    for (const id of entity.articleIds) {
      let list = entitiesByArticle.get(id);
      if (!list) entitiesByArticle.set(id, (list = []));
      list.push(entity);
    }
  }
  await writeChunk(out, '{"articles":[');
  let first = true;
  let written = 0;
  for await (const article of graph.articles()) {
    const entities: ExtractedEntity[] = (entitiesByArticle.get(article.id) ?? []).map((e) => ({
      id: e.key,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      mentions: e.mentionCount,
    }));
    const relations: ExtractedRelation[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await store.relations({ articleId: article.id, first: MAX_PAGE_SIZE, after });
      for (const { node } of page.edges) {
        const selected = await graph.acceptFact(node);
        if (!selected) continue;
        summary.facts++;
        const f = selected.fact;
        const rel: ExtractedRelation = {
          subject: f.subject,
          predicate: f.predicate,
          verb: f.verb,
          object: f.object,
          qualifiers: f.qualifiers,
          confidence: f.confidence,
          evidence: f.evidence.filter((ev) => ev.articleId === article.id).map(({ sentence, start, end }) => ({ sentence, start, end })),
        };
        if (f.negated) rel.negated = true;
        if (f.modality !== 'asserted') rel.modality = f.modality;
        relations.push(rel);
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    if (!whole && entities.length === 0 && relations.length === 0) continue;
    const text = (await store.getArticleText(article.id)) ?? '';
    const item: ArticleExtraction = {
      id: article.id,
      source: article.source,
      title: article.title,
      publishedAt: article.publishedAt,
      entities,
      relations,
      text,
    };
    await writeChunk(out, `${first ? '' : ','}\n${JSON.stringify(item)}`);
    first = false;
    written++;
  }
  await writeChunk(out, '\n]}\n');
  return { ...summary, articles: written };
}
