/**
 * The raw `UNWIND … MERGE` baseline of the Neo4j benchmark (bench/cypher/raw.cypher): the same
 * synthetic facts as the store ingests, in 5,000-row transactions, one statement per predicate.
 * Its rate is what the server does with the plainest possible load of these facts; the store's
 * ingest rate is reported against it.
 */
import path from 'node:path';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { ArticleGraph } from '../../src/model/types.js';
import { readCypherDir } from '../../src/store/neo4j/cypherFiles.js';
import { renderWithRelType } from '../../src/store/neo4j/identifiers.js';
import { repoRoot } from './corpus.js';

export const RAW_ROWS_PER_TRANSACTION = 5_000;

const statements = readCypherDir(path.join(repoRoot, 'bench', 'cypher'));

/** A raw statement's text; `relType` for raw.merge. */
export function rawStatement(name: string, relType?: string): string {
  const s = statements.get(name);
  if (!s) throw new Error(`expected a section ${name} in bench/cypher, found none`);
  return relType === undefined ? s.text : renderWithRelType(s.text, relType);
}

export interface RawRow {
  key: string;
  subject: string;
  subjectName: string;
  object: string;
  objectName: string;
  verb: string;
  confidence: number;
  articleId: string;
  evidence: string;
}

/** The facts of `graphs` as raw rows grouped by predicate (sorted), in article order within each. */
export function rawRows(graphs: readonly ArticleGraph[]): Map<string, RawRow[]> {
  const out = new Map<string, RawRow[]>();
  for (const g of graphs) {
    const names = new Map(g.entities.map((e) => [e.key, e.name]));
    for (const f of g.facts) {
      const list = out.get(f.predicate) ?? [];
      list.push({
        key: f.key,
        subject: f.subject,
        subjectName: names.get(f.subject) ?? f.subject,
        object: f.object,
        objectName: names.get(f.object) ?? f.object,
        verb: f.verb,
        confidence: f.confidence,
        articleId: g.article.id,
        evidence: JSON.stringify(f.evidence),
      });
      out.set(f.predicate, list);
    }
  }
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Groups article batches into transactions of about RAW_ROWS_PER_TRANSACTION facts. */
export function* rawTransactions(batches: Iterable<ArticleGraph[]>): Generator<ArticleGraph[]> {
  let pending: ArticleGraph[] = [];
  let facts = 0;
  for (const batch of batches) {
    for (const g of batch) {
      pending.push(g);
      facts += g.facts.length;
      if (facts >= RAW_ROWS_PER_TRANSACTION) {
        yield pending;
        pending = [];
        facts = 0;
      }
    }
  }
  if (pending.length > 0) yield pending;
}

async function mergeTransaction(tx: ManagedTransaction, graphs: readonly ArticleGraph[]): Promise<void> {
  for (const [predicate, rows] of rawRows(graphs)) await tx.run(rawStatement('raw.merge', predicate), { rows });
}

/** Writes every batch the raw way; returns the seconds spent in the server's transactions. */
export async function runRawMerge(driver: Driver, database: string | undefined, batches: Iterable<ArticleGraph[]>): Promise<{ seconds: number; facts: number }> {
  const session = driver.session(database ? { database } : {});
  let ms = 0;
  let facts = 0;
  try {
    await session.run(rawStatement('raw.constraint'));
    await session.run(rawStatement('raw.awaitIndexes'));
    for (const graphs of rawTransactions(batches)) {
      const t0 = performance.now();
      await session.executeWrite((tx) => mergeTransaction(tx, graphs));
      ms += performance.now() - t0;
      facts += graphs.reduce((n, g) => n + g.facts.length, 0);
    }
  } finally {
    await session.close();
  }
  return { seconds: ms / 1000, facts };
}

/** Deletes the raw baseline's nodes and constraint. */
export async function dropRawMerge(driver: Driver, database: string | undefined): Promise<void> {
  const session = driver.session(database ? { database } : {});
  try {
    await session.run(rawStatement('raw.wipe'));
    await session.run(rawStatement('raw.dropConstraint'));
  } finally {
    await session.close();
  }
}
