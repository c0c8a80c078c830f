/**
 * Every statement the Neo4j store can run — named sections and every composed list shape — goes
 * through the Neo4j Cypher front end (test/helpers/cypherLint.ts), with the schema the writes
 * produce: a read of a label, relationship type or property nobody writes fails here instead of
 * returning nulls. This is what can be checked without a server; plans and results are checked against a live one (the contract suite,
 * test/contract/neo4jPlans.test.ts).
 * About 0.2 s per statement, so it has a file of its own and runs beside the other tests; of the
 * composed list statements it checks a subset that contains every anchor, order, tail and filter
 * fragment (their parameters are checked for every shape in cypherStatements.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadCypher } from '../../../src/store/neo4j/cypherFiles.js';
import { statementText } from '../../../src/store/neo4j/statements.js';
import type { Statement } from '../../../src/store/neo4j/statements.js';
import { cypherErrors, newsgraphSchema } from '../../helpers/cypherLint.js';
import { coveringListStatements, listStatements, namedStatements } from '../../helpers/neo4jStatements.js';

const lists = coveringListStatements();
const all: Statement[] = [...namedStatements(), ...lists];
/** The sample batch's predicate, and the first model's ASSERTS, which only the legacy check reads. */
const schema = newsgraphSchema(['MET', 'ASSERTS']);

describe('Cypher front end checks (no server)', () => {
  it('catch what a live server would reject', () => {
    expect(cypherErrors(loadCypher('entity.retract').replace('WITH e, reelect,', 'WITH e,'))).toContain('Variable `reelect` not defined');
    expect(cypherErrors('MATCH (n:Entity {key: $k} RETURN n').length).toBeGreaterThan(0);
    expect(cypherErrors('MATCH (a)-[:!MENTIONED_IN*..4]-(b) RETURN a').length).toBeGreaterThan(0);
  });

  it('cover every part of every list statement', () => {
    const parts = (xs: Statement[]): Set<string> => new Set(xs.flatMap((x) => x.name.replace(/^list\.\w+\[|\]/g, ' ').split(/[|,:\s]+/)).filter(Boolean));
    expect(parts(lists)).toEqual(parts(listStatements()));
    expect(lists.length).toBeLessThan(listStatements().length / 2);
  });

  it('know the labels and relationship types the writes produce', () => {
    // The checker version that runs on Node 20 (2.0.0-next.20) checks labels and types against
    // the schema, not property keys.
    expect(cypherErrors('MATCH (e:Entity)-[:MENTIONED_IN]->(a:Artcle) RETURN e.name', schema)).toEqual(['Label Artcle is not present in the database']);
    expect(cypherErrors('MATCH (e:Entity)-[:MENTONED_IN]->(a:Article) RETURN e.name', schema)).toEqual(['Relationship type MENTONED_IN is not present in the database']);
  });

  it.each(all.map((s) => [s.name + (s.relType ? `:${s.relType}` : ''), s] as const))('%s passes', (_n, s) => {
    expect(cypherErrors(statementText(s), schema)).toEqual([]);
  });
});
