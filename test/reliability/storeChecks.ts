/**
 * Checks used by the reliability tests: "an article is either absent or fully present",
 * against the ArticleGraph a fresh in-process extraction of the same input produces.
 */
import { extractArticle } from '../../src/pipeline.js';
import type { ArticleGraph } from '../../src/model/types.js';
import { toArticleGraph } from '../../src/resolution/toArticleGraph.js';
import { readSources } from '../../src/sources/readSources.js';
import type { GraphStore } from '../../src/store/GraphStore.js';

/** The graphs `ingest` would store for these inputs, keyed by article id. */
export async function expectedGraphs(inputs: string[]): Promise<Map<string, ArticleGraph>> {
  const out = new Map<string, ArticleGraph>();
  for await (const r of readSources(inputs)) {
    if (!r.ok) throw r.error;
    const g = toArticleGraph(extractArticle(r.article));
    out.set(g.article.id, g);
  }
  return out;
}

const evidenceKey = (e: { sentence: string; start: number; end: number }): string => `${e.start}:${e.end}:${e.sentence}`;

/** Differences between the store and a fully present `graph` (empty = fully present). */
export async function missingParts(store: GraphStore, graph: ArticleGraph): Promise<string[]> {
  const id = graph.article.id;
  const problems: string[] = [];
  const article = await store.getArticle(id);
  if (!article) return [`article ${id} absent`];
  if (article.hash !== graph.article.hash) problems.push(`article ${id}: hash ${article.hash} ≠ ${graph.article.hash}`);
  if (article.source !== graph.article.source) problems.push(`article ${id}: source ${article.source}`);
  if (article.entityCount !== graph.entities.length) problems.push(`article ${id}: entityCount ${article.entityCount} ≠ ${graph.entities.length}`);
  if (article.factCount !== graph.facts.length) problems.push(`article ${id}: factCount ${article.factCount} ≠ ${graph.facts.length}`);
  if ((await store.getArticleText(id)) !== graph.text) problems.push(`article ${id}: text differs`);
  const entities = await store.getEntities(graph.entities.map((e) => e.key));
  graph.entities.forEach((e, i) => {
    const stored = entities[i];
    if (!stored) problems.push(`article ${id}: entity ${e.key} absent`);
    else if (!stored.articleIds.includes(id)) problems.push(`article ${id}: entity ${e.key} does not list the article`);
    else if (stored.mentionCount < e.mentions) problems.push(`article ${id}: entity ${e.key} has ${stored.mentionCount} < ${e.mentions} mentions`);
  });
  for (const f of graph.facts) {
    const stored = await store.getFact(f.key);
    if (!stored) {
      problems.push(`article ${id}: fact ${f.key} absent`);
      continue;
    }
    if (!stored.articleIds.includes(id)) problems.push(`article ${id}: fact ${f.key} does not list the article`);
    const got = stored.evidence.filter((e) => e.articleId === id).map(evidenceKey).sort();
    const want = f.evidence.map(evidenceKey).sort();
    if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`article ${id}: fact ${f.key} evidence ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  }
  return problems;
}

export interface StoreAudit {
  /** Ids of the articles present in the store. */
  present: Set<string>;
  /** Everything inconsistent: half-present articles, dangling references, wrong stats. */
  problems: string[];
}

/**
 * Audits the whole store against the expected graphs: every present article is fully present,
 * every article an entity or fact refers to exists, and stats match the iterations.
 */
export async function auditStore(store: GraphStore, expected: Map<string, ArticleGraph>): Promise<StoreAudit> {
  const problems: string[] = [];
  const present = new Set<string>();
  for await (const a of store.iterateArticles()) present.add(a.id);
  for (const id of present) {
    const graph = expected.get(id);
    if (!graph) problems.push(`unexpected article ${id}`);
    else problems.push(...(await missingParts(store, graph)));
  }
  for (const [id] of expected) {
    if (!present.has(id) && (await store.getArticleText(id)) !== null) problems.push(`article ${id}: absent but its text is stored`);
  }
  let entities = 0;
  for await (const e of store.iterateEntities()) {
    entities++;
    for (const a of e.articleIds) if (!present.has(a)) problems.push(`entity ${e.key} refers to absent article ${a}`);
    if (e.articleIds.length === 0) problems.push(`entity ${e.key} has no article`);
  }
  let facts = 0;
  for await (const f of store.iterateFacts()) {
    facts++;
    for (const a of f.articleIds) if (!present.has(a)) problems.push(`fact ${f.key} refers to absent article ${a}`);
    for (const ev of f.evidence) if (!present.has(ev.articleId)) problems.push(`fact ${f.key} has evidence of absent article ${ev.articleId}`);
  }
  const stats = await store.stats();
  if (stats.articles !== present.size || stats.entities !== entities || stats.relations !== facts) {
    problems.push(`stats ${JSON.stringify(stats)} ≠ iterated ${JSON.stringify({ articles: present.size, entities, relations: facts })}`);
  }
  return { present, problems };
}
