import { ConfigError, UsageError } from '../errors.js';
import { configFrom, parseCommand, NEO4J_FLAGS, storeHelp, type CommandSpec } from './common.js';
import { line, type CliIO } from './io.js';

export const dbSpec: CommandSpec = {
  name: 'db',
  usage: `Usage: newsgraph db init [--neo4j-uri URI] [--neo4j-user U] [--neo4j-password P] [--neo4j-database DB]

Creates newsgraph's constraints and indexes in Neo4j (idempotent; also done on first connect):
uniqueness of Entity.key and Article.id, indexes on type and lookup properties, and a
full-text index over entity names and aliases.
${storeHelp(NEO4J_FLAGS)}`,
  flags: { values: [...NEO4J_FLAGS], switches: [] },
};

export async function dbCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseCommand(dbSpec, argv, io);
  if (!args) return 0;
  const [action] = args.positionals;
  if (action !== 'init') throw new UsageError(`newsgraph db: expected the action "init", found ${action === undefined ? 'none' : JSON.stringify(action)}`);
  const config = configFrom(args, io);
  if (!config.neo4j) throw new ConfigError('newsgraph db init: needs a Neo4j server; set NEO4J_URI (e.g. bolt://localhost:7687) or pass --neo4j-uri');
  const { initNeo4jSchema } = await import('../store/neo4j/Neo4jStore.js');
  await initNeo4jSchema(config.neo4j);
  line(io.stdout, `schema ready on ${config.neo4j.uri}${config.neo4j.database ? ` (database ${config.neo4j.database})` : ''}`);
  return 0;
}
