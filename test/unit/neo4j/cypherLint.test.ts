/**
 * Every statement the Neo4j store can run — named sections and every composed list shape — goes
 * through the Neo4j Cypher front end (test/helpers/cypherLint.ts). This is what can be checked
 * without a server; plans and results are checked against a live one (the contract suite,
 * test/contract/neo4jPlans.test.ts).
 * About 0.2 s per statement, so it has a file of its own and runs beside the other tests.
 */
import { describe, expect, it } from 'vitest';
import { loadCypher } from '../../../src/store/neo4j/cypherFiles.js';
import { statementText } from '../../../src/store/neo4j/statements.js';
import type { Statement } from '../../../src/store/neo4j/statements.js';
import { cypherErrors } from '../../helpers/cypherLint.js';
import { listStatements, namedStatements } from '../../helpers/neo4jStatements.js';

const all: Statement[] = [...namedStatements(), ...listStatements()];

describe('Cypher front end checks (no server)', () => {
  it('catch what a live server would reject', () => {
    expect(cypherErrors(loadCypher('entity.retract').replace('WITH e, reelect,', 'WITH e,'))).toContain('Variable `reelect` not defined');
    expect(cypherErrors('MATCH (n:Entity {key: $k} RETURN n').length).toBeGreaterThan(0);
    expect(cypherErrors('MATCH (a)-[:!MENTIONED_IN*..4]-(b) RETURN a').length).toBeGreaterThan(0);
  });

  it.each(all.map((s) => [s.name + (s.relType ? `:${s.relType}` : ''), s] as const))('%s passes', (_n, s) => {
    expect(cypherErrors(statementText(s))).toEqual([]);
  });
});
