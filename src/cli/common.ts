import { loadConfig, type Config } from '../config.js';
import { UsageError } from '../errors.js';
import type { GraphStore } from '../store/GraphStore.js';
import { openStore, type OpenStoreOptions } from '../store/openStore.js';
import { parseArgs, type FlagSpec, type ParsedArgs } from './args.js';
import { line, type CliIO } from './io.js';

/** Flags every store-using command accepts. */
export const STORE_FLAGS = ['data', 'store', 'neo4j-uri', 'neo4j-user', 'neo4j-password', 'neo4j-database', 'batch-size'] as const;

export interface CommandSpec {
  name: string;
  usage: string;
  flags: FlagSpec;
}

/** Parses a command's arguments; returns null after printing help when --help was given. */
export function parseCommand(spec: CommandSpec, argv: readonly string[], io: CliIO): ParsedArgs | null {
  const args = parseArgs(argv, { values: spec.flags.values, switches: [...spec.flags.switches, 'help'] }, `newsgraph ${spec.name}`);
  if (args.flags.help) {
    line(io.stdout, spec.usage.trimEnd());
    return null;
  }
  return args;
}

export function configFrom(args: ParsedArgs, io: CliIO): Config {
  return loadConfig(args.flags, io.env);
}

/** Runs `body` with an open store and always closes it (read-only: beside a running writer). */
export async function withStore<T>(config: Config, body: (store: GraphStore) => Promise<T>, options: OpenStoreOptions = {}): Promise<T> {
  const store = await openStore(config, options);
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}

export function requirePositionals(args: ParsedArgs, command: string, what: string): string[] {
  if (args.positionals.length === 0) throw new UsageError(`newsgraph ${command}: expected ${what}, found none (see newsgraph ${command} --help)`);
  return args.positionals;
}

export const STORE_HELP = `Store options:
  --data DIR             embedded store directory (default ./data/newsgraph)
  --store KIND           embedded (default) or neo4j
  --neo4j-uri URI        Neo4j address (default: env NEO4J_URI)
  --neo4j-user USER      (env NEO4J_USER, default neo4j)
  --neo4j-password PW    (env NEO4J_PASSWORD)
  --neo4j-database DB    (env NEO4J_DATABASE, default: the server's default)
  --batch-size N         articles per write transaction (default 50)`;
