import { loadConfig, type Config } from '../config.js';
import { UsageError } from '../errors.js';
import type { GraphStore } from '../store/GraphStore.js';
import { openStore, type OpenStoreOptions } from '../store/openStore.js';
import { parseArgs, type FlagSpec, type ParsedArgs } from './args.js';
import { line, type CliIO } from './io.js';

/** Flags choosing and reaching a Neo4j server (`db init`). */
export const NEO4J_FLAGS = ['neo4j-uri', 'neo4j-user', 'neo4j-password', 'neo4j-database'] as const;
/** Flags of commands that read a store (stats, export, serve). */
export const READ_STORE_FLAGS = ['data', 'store', ...NEO4J_FLAGS] as const;
/** Flags of commands that write batches to a store (ingest). */
export const STORE_FLAGS = [...READ_STORE_FLAGS, 'batch-size'] as const;
export type StoreFlag = (typeof STORE_FLAGS)[number];

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

const STORE_FLAG_HELP: Record<StoreFlag, string> = {
  data: '--data DIR             embedded store directory (default ./data/newsgraph)',
  store: '--store KIND           embedded (default) or neo4j',
  'neo4j-uri': '--neo4j-uri URI        Neo4j address (default: env NEO4J_URI)',
  'neo4j-user': '--neo4j-user USER      (env NEO4J_USER, default neo4j)',
  'neo4j-password': '--neo4j-password PW    (env NEO4J_PASSWORD)',
  'neo4j-database': "--neo4j-database DB    (env NEO4J_DATABASE, default: the server's default)",
  'batch-size': '--batch-size N         articles per write transaction (default 50)',
};

/** The "Store options" help block listing exactly `flags`. */
export function storeHelp(flags: readonly StoreFlag[]): string {
  return ['Store options:', ...flags.map((f) => `  ${STORE_FLAG_HELP[f]}`)].join('\n');
}

export const STORE_HELP = storeHelp(STORE_FLAGS);
