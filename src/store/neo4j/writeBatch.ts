/**
 * Write transaction bodies of the Neo4j store (cypher/write.cypher). A batch of new articles
 * costs a fixed number of statements — the hash lookup, entity.add, article.add and one
 * fact.add per predicate of the batch — whatever the graph already holds: each statement adds
 * the batch's deltas (batchRows.ts) to the aggregates it touches and reads no other article's
 * contribution. Only a replaced or deleted article is retracted first, and retracting reads
 * only the entities and facts it touched (plus, when it named an entity, that entity's mentions).
 *
 * Exported for unit tests with a fake transaction (test/unit/neo4j/writeBatch.test.ts).
 */
import type { UpsertStatus } from '../../model/types.js';
import type { PreparedGraph } from './prepareGraph.js';
import { runStatement } from './runStatement.js';
import type { Tx } from './runStatement.js';
import * as S from './statements.js';

/** Upserts one batch (unique article ids) inside a write transaction; returns a status per graph. */
export async function writeBatch(tx: Tx, graphs: readonly PreparedGraph[]): Promise<UpsertStatus[]> {
  const existing = new Map<string, string>();
  for (const r of await runStatement(tx, S.articleHashes(graphs.map((g) => g.article.id)))) existing.set(String(r.id), String(r.hash));
  const statuses: UpsertStatus[] = graphs.map((g) => {
    const hash = existing.get(g.article.id);
    return hash === undefined ? 'created' : hash === g.article.hash ? 'unchanged' : 'updated';
  });
  const changed = graphs.filter((_, i) => statuses[i] !== 'unchanged');
  if (changed.length === 0) return statuses;
  const replaced = changed.filter((g) => existing.has(g.article.id)).map((g) => g.article.id);
  if (replaced.length > 0) await retractArticles(tx, replaced);
  const entities = S.entityAdd(changed);
  if (entities) await runStatement(tx, entities);
  await runStatement(tx, S.articleAdd(changed));
  for (const facts of S.factAdds(changed)) await runStatement(tx, facts);
  return statuses;
}

/**
 * Removes the contributions of existing articles `ids` (their nodes stay): facts they alone
 * stated disappear with their typed relationships, shared facts lose their elements, entity
 * counters are decreased, names re-elected where the naming article left, and entities nobody
 * mentions any more are deleted.
 */
export async function retractArticles(tx: Tx, ids: readonly string[]): Promise<void> {
  await runStatement(tx, S.factRetract(ids));
  const rows = await runStatement(tx, S.entityRetract(ids));
  const orphans = rows.filter((r) => r.orphan === true).map((r) => String(r.key));
  const reelect = rows.filter((r) => r.reelect === true && r.orphan !== true).map((r) => String(r.key));
  if (reelect.length > 0) await runStatement(tx, S.entityReelect(reelect));
  if (orphans.length > 0) await runStatement(tx, S.entityDeleteOrphans(orphans));
}

/** Deletes an article and its contribution; false when there is no such article. */
export async function deleteArticleIn(tx: Tx, id: string): Promise<boolean> {
  const found = await runStatement(tx, S.articleHashes([id]));
  if (found.length === 0) return false;
  await retractArticles(tx, [id]);
  await runStatement(tx, S.articleDelete(id));
  return true;
}
