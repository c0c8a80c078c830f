import { ENTITY_LABELS } from '../model/labels.js';
import type { EntityType } from '../model/types.js';
import type { GraphStore } from '../store/GraphStore.js';
import { cypherLabel, cypherRelationshipType, cypherValue, type CypherValue } from './cypherLiteral.js';
import { selectGraph, type GraphSelection } from './GraphSelection.js';
import { countingGraph, type ExportSummary } from './exportSummary.js';
import { writeChunk } from './writeChunks.js';

/** Rows per UNWIND statement. */
export const CYPHER_BATCH_SIZE = 200;

const INTEGER_KEYS: ReadonlySet<string> = new Set(['mentionCount', 'start', 'end']);

const HEADER = `// newsgraph graph export. Self-contained (no parameters); run with:
//   cypher-shell -a bolt://localhost:7687 -u neo4j -p PASSWORD -f THIS_FILE
// Idempotent: constraints IF NOT EXISTS, then MERGE by key. Strings are escaped ASCII literals.
CREATE CONSTRAINT entity_key_unique IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT article_id_unique IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
`;

function unwind(rows: readonly CypherValue[], body: string): string {
  const list = rows.map((r) => `  ${cypherValue(r, INTEGER_KEYS)}`).join(',\n');
  return `\nUNWIND [\n${list}\n] AS row\n${body};\n`;
}

function articleStatement(rows: readonly CypherValue[]): string {
  return unwind(
    rows,
    'MERGE (a:Article {id: row.id})\nSET a.title = row.title, a.source = row.source, a.publishedAt = row.publishedAt, a.hash = row.hash',
  );
}

function entityStatement(type: EntityType, rows: readonly CypherValue[]): string {
  return unwind(
    rows,
    `MERGE (e:Entity {key: row.key})
SET e:${cypherLabel(ENTITY_LABELS[type])}, e.name = row.name, e.type = row.type, e.aliases = row.aliases, e.mentionCount = row.mentionCount
WITH e, row
UNWIND row.articleIds AS articleId
MATCH (a:Article {id: articleId})
MERGE (e)-[:MENTIONED_IN]->(a)`,
  );
}

function factStatement(predicate: string, rows: readonly CypherValue[]): string {
  return unwind(
    rows,
    `MATCH (s:Entity {key: row.subject})
MATCH (o:Entity {key: row.object})
MERGE (s)-[r:${cypherRelationshipType(predicate)} {key: row.key}]->(o)
SET r.verb = row.verb, r.confidence = row.confidence, r.negated = row.negated, r.modality = row.modality,
    r.qualifiers = row.qualifiers, r.articleIds = row.articleIds, r.evidence = row.evidence`,
  );
}

/** Buffers rows per group (entity type, predicate) and writes a statement per full batch. */
class Batcher {
  private readonly groups = new Map<string, CypherValue[]>();

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly statement: (group: string, rows: readonly CypherValue[]) => string,
  ) {}

  async add(group: string, row: CypherValue): Promise<void> {
    let rows = this.groups.get(group);
    if (!rows) this.groups.set(group, (rows = []));
    rows.push(row);
    if (rows.length >= CYPHER_BATCH_SIZE) {
      this.groups.delete(group);
      await writeChunk(this.out, this.statement(group, rows));
    }
  }

  async flush(): Promise<void> {
    for (const [group, rows] of this.groups) await writeChunk(this.out, this.statement(group, rows));
    this.groups.clear();
  }
}

/**
 * Writes a Cypher script that recreates the selected graph in Neo4j 5 (cypher-shell -f):
 * uniqueness constraints, then `UNWIND [literal rows] AS row MERGE …` batches for articles,
 * entities (with their type label and MENTIONED_IN edges) and facts (typed relationships,
 * one statement per predicate batch). Labels and types are validated and backtick-escaped;
 * qualifiers and evidence are stored as JSON strings. Validates the whole batch before
 * writing it, so an invalid predicate fails with StoreError('INVALID_IDENTIFIER').
 */
export async function exportCypher(store: GraphStore, out: NodeJS.WritableStream, selection: GraphSelection = {}): Promise<ExportSummary> {
  const { graph, summary } = countingGraph(await selectGraph(store, selection));
  await writeChunk(out, HEADER);

  const articles = new Batcher(out, (_g, rows) => articleStatement(rows));
  for await (const a of graph.articles()) {
    await articles.add('Article', { id: a.id, title: a.title, source: a.source, publishedAt: a.publishedAt, hash: a.hash });
  }
  await articles.flush();

  const entities = new Batcher(out, (type, rows) => entityStatement(type as EntityType, rows));
  for await (const e of graph.entities()) {
    await entities.add(e.type, { key: e.key, name: e.name, type: e.type, aliases: e.aliases, mentionCount: e.mentionCount, articleIds: e.articleIds });
  }
  await entities.flush();

  const facts = new Batcher(out, factStatement);
  for await (const { fact: f } of graph.facts()) {
    cypherRelationshipType(f.predicate);
    await facts.add(f.predicate, {
      key: f.key,
      subject: f.subject,
      object: f.object,
      verb: f.verb,
      confidence: f.confidence,
      negated: f.negated,
      modality: f.modality,
      qualifiers: JSON.stringify(f.qualifiers),
      articleIds: f.articleIds,
      evidence: JSON.stringify(f.evidence),
    });
  }
  await facts.flush();
  return summary;
}
