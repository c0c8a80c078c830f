/**
 * Everything that needs a live Neo4j 5 server (5.23 or later), in one file so that it runs in
 * sequence on one database: the shared GraphStore contract, the EXPLAIN plan checks of every
 * read statement, a differential test against the embedded store, and the Cypher of
 * docs/neo4j-browser.md. Enabling and the wipe rule: test/helpers/liveNeo4j.ts — e.g.
 * `docker compose up -d neo4j`, then NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=newsgraph-dev npm test
 */
import { afterAll, describe, it } from 'vitest';
import { openNeo4jStore } from '../../src/store/neo4j/Neo4jStore.js';
import type { Neo4jStore } from '../../src/store/neo4j/Neo4jStore.js';
import { liveNeo4j } from '../helpers/liveNeo4j.js';
import { describeGraphStoreContract } from './graphStoreContract.js';
import { describeNeo4jBrowserDocs } from './neo4jBrowserDocs.js';
import { describeNeo4jDifferential } from './neo4jDifferential.js';
import { describeNeo4jPlans } from './neo4jPlans.js';

const live = await liveNeo4j();

if ('skip' in live) {
  console.info(`[neo4j] live tests skipped: ${live.skip}`);
  describe('Neo4j (live server)', () => {
    it.skip(live.skip, () => {});
  });
} else {
  const { config } = live;
  let current: Neo4jStore | null = null;
  afterAll(async () => {
    const store = await openNeo4jStore(config);
    await store.wipeAll();
    await store.close();
  });
  describeGraphStoreContract(
    'neo4j',
    async () => {
      const store = await openNeo4jStore(config);
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
        current = await openNeo4jStore(config);
        return current;
      },
    },
  );
  describeNeo4jPlans(config);
  describeNeo4jDifferential(config);
  describeNeo4jBrowserDocs(config);
}
