import type { ArticleExtraction, ExtractedEntity, ExtractedRelation, StoredEntity } from '../model/types.js';
import type { GraphStore } from '../store/GraphStore.js';
import { writeChunk } from './writeChunks.js';

/**
 * Writes the whole graph in the extraction-contract shape, one article at a time:
 * `{"articles":[…]}` with entity ids = canonical keys and each article's own evidence.
 */
export async function exportJson(store: GraphStore, out: NodeJS.WritableStream): Promise<void> {
  // Entities are grouped by article once; facts are streamed per article.
  const entitiesByArticle = new Map<string, StoredEntity[]>();
  for await (const entity of store.iterateEntities()) {
    for (const id of entity.articleIds) {
      let list = entitiesByArticle.get(id);
      if (!list) entitiesByArticle.set(id, (list = []));
      list.push(entity);
    }
  }
  await writeChunk(out, '{"articles":[');
  let first = true;
  for await (const article of store.iterateArticles()) {
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
      const page = await store.relations({ articleId: article.id, first: 500, after });
      for (const { node: f } of page.edges) {
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
  }
  await writeChunk(out, '\n]}\n');
}
