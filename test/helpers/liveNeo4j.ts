/**
 * Whether the live Neo4j tests run, and against what. Enable with NEO4J_URI, NEO4J_USER,
 * NEO4J_PASSWORD (optionally NEO4J_DATABASE). The tests delete every Article, Entity, Fact and
 * Alias node of that database, so they only run on a database that holds no newsgraph data when
 * they start, or when NEWSGRAPH_TEST_ALLOW_WIPE=1 says the data there may go.
 * E.g. `docker compose up -d neo4j`, then NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=newsgraph-dev npm test
 */
import { loadConfig } from '../../src/config.js';
import type { Neo4jConfig } from '../../src/config.js';
import { openNeo4jStore } from '../../src/store/neo4j/Neo4jStore.js';

export const ENABLE_MESSAGE = 'set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD to run the Neo4j tests against a live server';
export const WIPE_MESSAGE =
  'the Neo4j database already holds newsgraph data; use an empty database, or set NEWSGRAPH_TEST_ALLOW_WIPE=1 to let the Neo4j tests delete it';

/** The live server's configuration, or why the live tests are skipped. */
export async function liveNeo4j(env: NodeJS.ProcessEnv = process.env): Promise<{ config: Neo4jConfig } | { skip: string }> {
  if (!env.NEO4J_URI) return { skip: ENABLE_MESSAGE };
  const config = loadConfig({ store: 'neo4j' }, env).neo4j;
  if (!config) return { skip: ENABLE_MESSAGE };
  if (env.NEWSGRAPH_TEST_ALLOW_WIPE === '1') return { config };
  const store = await openNeo4jStore(config);
  try {
    const s = await store.stats();
    return s.articles === 0 && s.entities === 0 && s.relations === 0 ? { config } : { skip: WIPE_MESSAGE };
  } finally {
    await store.close();
  }
}
