/** The raw UNWIND … MERGE baseline of the Neo4j benchmark, checked without a server. */
import { describe, expect, it } from 'vitest';
import { RAW_ROWS_PER_TRANSACTION, rawRows, rawStatement, rawTransactions } from '../../../bench/lib/rawMerge.js';
import { syntheticArticles } from '../../../bench/lib/synthetic.js';
import { cypherParameters } from '../../../src/store/neo4j/cypherFiles.js';
import { cypherErrors } from '../../helpers/cypherLint.js';

describe('raw UNWIND … MERGE baseline', () => {
  it('writes the same facts as the store ingests, in transactions of about 5,000, one statement per predicate', () => {
    const batches = [...syntheticArticles({ facts: 12_000, seed: 3 }, 700)];
    const total = batches.flat().reduce((n, g) => n + g.facts.length, 0);
    const transactions = [...rawTransactions(batches)];
    expect(transactions.map((t) => t.reduce((n, g) => n + g.facts.length, 0))).toEqual([RAW_ROWS_PER_TRANSACTION, RAW_ROWS_PER_TRANSACTION, total - 2 * RAW_ROWS_PER_TRANSACTION]);
    const rows = rawRows(transactions[0] ?? []);
    expect([...rows.keys()]).toEqual([...rows.keys()].sort());
    expect([...rows.values()].reduce((n, r) => n + r.length, 0)).toBe(RAW_ROWS_PER_TRANSACTION);
    const first = transactions[0]?.[0];
    const f = first?.facts[0];
    expect(rows.get(f?.predicate ?? '')?.[0]).toMatchObject({ key: f?.key, subject: f?.subject, object: f?.object, articleId: first?.article.id });
  });

  it('passes the Cypher front end, with rows carrying every field the merge reads', () => {
    for (const name of ['raw.constraint', 'raw.awaitIndexes', 'raw.wipe', 'raw.dropConstraint']) expect(cypherErrors(rawStatement(name)), name).toEqual([]);
    const merge = rawStatement('raw.merge', 'MET');
    expect(merge).toContain('MERGE (s)-[r:`MET` {key: row.key}]->(o)');
    expect(cypherErrors(merge)).toEqual([]);
    expect(cypherParameters(merge)).toEqual(['rows']);
    const row = [...rawRows([...syntheticArticles({ facts: 20, seed: 1 }, 10)][0] ?? []).values()][0]?.[0] ?? {};
    for (const m of merge.matchAll(/\brow\.(\w+)/g)) expect(Object.hasOwn(row, m[1] as string), m[1]).toBe(true);
  });
});
