/**
 * Runs the shared GraphStore contract against a live Neo4j 5 server.
 *
 * Enable with NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (optionally NEO4J_DATABASE) and
 * NEWSGRAPH_TEST_ALLOW_WIPE=1: every test starts by deleting all Article, Entity and Fact
 * nodes of that database (cypher/admin.cypher `admin.wipeAll`), so point it at a scratch
 * server or database, e.g. `docker compose up -d neo4j` then
 * NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=newsgraph-dev NEWSGRAPH_TEST_ALLOW_WIPE=1 npx vitest run test/contract/neo4j.test.ts
 */
import { describe, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openNeo4jStore } from '../../src/store/neo4j/Neo4jStore.js';
import type { Neo4jStore } from '../../src/store/neo4j/Neo4jStore.js';
import { describeGraphStoreContract } from './graphStoreContract.js';

const ENABLE_MESSAGE = 'set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD to run the Neo4j contract suite';
const WIPE_MESSAGE = 'set NEWSGRAPH_TEST_ALLOW_WIPE=1 to let the Neo4j contract suite delete all newsgraph data in that database';

const env = process.env;
const config = env.NEO4J_URI ? loadConfig({ store: 'neo4j' }, env).neo4j : null;

if (!config) {
  console.info(`[neo4j contract] skipped: ${ENABLE_MESSAGE}`);
  describe('GraphStore contract: neo4j', () => {
    it.skip(ENABLE_MESSAGE, () => {});
  });
} else if (env.NEWSGRAPH_TEST_ALLOW_WIPE !== '1') {
  console.info(`[neo4j contract] skipped: ${WIPE_MESSAGE}`);
  describe('GraphStore contract: neo4j', () => {
    it.skip(WIPE_MESSAGE, () => {});
  });
} else {
  const neo4jConfig = config;
  let current: Neo4jStore | null = null;
  describeGraphStoreContract(
    'neo4j',
    async () => {
      const store = await openNeo4jStore(neo4jConfig);
      await store.wipeAll();
      current = store;
      return {
        store,
        cleanup: async () => {
          await store.close();
          await current?.close();
        },
      };
    },
    {
      reopen: async () => {
        current = await openNeo4jStore(neo4jConfig);
        return current;
      },
    },
  );
}
