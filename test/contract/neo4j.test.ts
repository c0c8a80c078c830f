/**
 * Runs the shared GraphStore contract against a live Neo4j 5 server.
 *
 * Enable with NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (optionally NEO4J_DATABASE). Every test
 * starts by deleting all Article, Entity and Fact nodes of that database (cypher/admin.cypher
 * `admin.wipeAll`), so the suite only runs on a database that holds no newsgraph data when it
 * starts (then everything it deletes is its own, and it leaves the database empty), or when
 * NEWSGRAPH_TEST_ALLOW_WIPE=1 says the data there may go. E.g. `docker compose up -d neo4j`, then
 * NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=newsgraph-dev npm test
 */
import { afterAll, describe, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openNeo4jStore } from '../../src/store/neo4j/Neo4jStore.js';
import type { Neo4jStore } from '../../src/store/neo4j/Neo4jStore.js';
import { describeGraphStoreContract } from './graphStoreContract.js';

const ENABLE_MESSAGE = 'set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD to run the Neo4j contract suite';
const WIPE_MESSAGE =
  'the Neo4j database already holds newsgraph data; use an empty database, or set NEWSGRAPH_TEST_ALLOW_WIPE=1 to let the contract suite delete it';

const env = process.env;
const config = env.NEO4J_URI ? loadConfig({ store: 'neo4j' }, env).neo4j : null;

/** True when the database holds no newsgraph data, so everything the suite deletes is its own. */
async function holdsNoNewsgraphData(): Promise<boolean> {
  if (!config) return false;
  const store = await openNeo4jStore(config);
  try {
    const s = await store.stats();
    return s.articles === 0 && s.entities === 0 && s.relations === 0;
  } finally {
    await store.close();
  }
}
const mayWipe = config !== null && (env.NEWSGRAPH_TEST_ALLOW_WIPE === '1' || (await holdsNoNewsgraphData()));

if (!config) {
  console.info(`[neo4j contract] skipped: ${ENABLE_MESSAGE}`);
  describe('GraphStore contract: neo4j', () => {
    it.skip(ENABLE_MESSAGE, () => {});
  });
} else if (!mayWipe) {
  console.info(`[neo4j contract] skipped: ${WIPE_MESSAGE}`);
  describe('GraphStore contract: neo4j', () => {
    it.skip(WIPE_MESSAGE, () => {});
  });
} else {
  const neo4jConfig = config;
  let current: Neo4jStore | null = null;
  afterAll(async () => {
    const store = await openNeo4jStore(neo4jConfig);
    await store.wipeAll();
    await store.close();
  });
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
