import type { Config } from '../config.js';
import { ConfigError } from '../errors.js';
import type { GraphStore } from './GraphStore.js';

export interface OpenStoreOptions {
  /**
   * Read-only use (stats, export): the embedded store is opened without its write lock, so it
   * works beside a server or an ingest holding the data dir and sees their committed writes;
   * writes are refused. Neo4j handles concurrent clients itself.
   */
  readOnly?: boolean;
}

/** Opens the store selected by the configuration (embedded by default). */
export async function openStore(config: Config, options: OpenStoreOptions = {}): Promise<GraphStore> {
  if (config.store === 'neo4j') {
    if (!config.neo4j) throw new ConfigError('--store neo4j needs NEO4J_URI (e.g. bolt://localhost:7687)');
    const { openNeo4jStore } = await import('./neo4j/Neo4jStore.js');
    return openNeo4jStore(config.neo4j);
  }
  const { openEmbeddedStore } = await import('./memory/EmbeddedStore.js');
  return openEmbeddedStore(config.dataDir, { readOnly: options.readOnly === true });
}
