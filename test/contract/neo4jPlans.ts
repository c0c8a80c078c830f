/**
 * Live Neo4j: `EXPLAIN` every read statement the store can run (test/helpers/neo4jStatements.ts:
 * named sections and every list shape) and check that it starts from an index — no label scan or
 * all-nodes scan anywhere, at least one index seek/scan or count-store read, and every index the
 * statement names in a USING hint is the one the plan uses. Registered by neo4j.test.ts, so it
 * runs in sequence with the contract suite on the same database.
 */
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jConfig } from '../../src/config.js';
import { openNeo4jStore } from '../../src/store/neo4j/Neo4jStore.js';
import { statementText } from '../../src/store/neo4j/statements.js';
import type { Statement } from '../../src/store/neo4j/statements.js';
import { planProblems, planSteps } from '../helpers/neo4jPlans.js';
import type { PlanNode, PlanStep } from '../helpers/neo4jPlans.js';
import { readStatements } from '../helpers/neo4jStatements.js';

export function describeNeo4jPlans(config: Neo4jConfig): void {
  describe('Neo4j plans: every read starts from an index', () => {
    let driver: Driver;
    beforeAll(async () => {
      const store = await openNeo4jStore(config); // creates the schema and waits for its indexes
      await store.close();
      driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { disableLosslessIntegers: true });
    });
    afterAll(async () => {
      await driver.close();
    });

    async function explain(s: Statement): Promise<PlanStep[]> {
      const session = driver.session(config.database ? { database: config.database, defaultAccessMode: neo4j.session.READ } : { defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.run(`EXPLAIN ${statementText(s)}`, s.params);
        const plan = result.summary.plan;
        if (!plan) throw new Error(`EXPLAIN of ${s.name} returned no plan`);
        return planSteps(plan as unknown as PlanNode);
      } finally {
        await session.close();
      }
    }

    it.each(readStatements().map((s) => [s.name, s] as const))('%s', async (_name, s) => {
      expect(planProblems(statementText(s), await explain(s))).toEqual([]);
    });
  });
}
