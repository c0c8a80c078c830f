import type { Config } from '../config.js';
import { ConfigError } from '../errors.js';
import type { GraphStore } from './GraphStore.js';

/** Opens the store selected by the configuration (embedded by default). */
export async function openStore(config: Config): Promise<GraphStore> {
  if (config.store === 'neo4j') {
    if (!config.neo4j) throw new ConfigError('--store neo4j needs NEO4J_URI (e.g. bolt://localhost:7687)');
    const { openNeo4jStore } = await import('./neo4j/Neo4jStore.js');
    return openNeo4jStore(config.neo4j);
  }
  const { openEmbeddedStore } = await import('./memory/EmbeddedStore.js');
  return openEmbeddedStore(config.dataDir);
}
