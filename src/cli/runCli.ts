import { isNewsgraphError, toNewsgraphError } from '../errors.js';
import { line, type CliIO } from './io.js';

type Command = (argv: readonly string[], io: CliIO) => Promise<number>;

/**
 * Each command's module is imported when it runs: `stats` does not load the GraphQL server,
 * the NLP models' code or the exporters (a whole-CLI import took ~0.3 s of CPU, most of a
 * `newsgraph stats` on a 1M-fact store).
 */
const COMMANDS: Record<string, { load: () => Promise<Command>; summary: string }> = {
  extract: { load: async () => (await import('./extractCommand.js')).extractCommand, summary: 'extract entities and relations from articles to JSON (stdout)' },
  parse: { load: async () => (await import('./parseCommand.js')).parseCommand, summary: 'show sentences, tags, dependency trees and entity spans (CoNLL-U or JSON)' },
  ingest: { load: async () => (await import('./ingestCommand.js')).ingestCommand, summary: 'extract and store articles (embedded store or Neo4j)' },
  serve: { load: async () => (await import('./serveCommand.js')).serveCommand, summary: 'serve the GraphQL API over HTTP' },
  export: {
    load: async () => (await import('./exportCommand.js')).exportCommand,
    summary: 'export the graph or a subgraph (json, ndjson, csv, graphml, gexf, cypher, jsonld)',
  },
  stats: { load: async () => (await import('./statsCommand.js')).statsCommand, summary: 'print counts of articles, entities and relations' },
  db: { load: async () => (await import('./dbCommand.js')).dbCommand, summary: 'db init: create Neo4j constraints and indexes' },
};

export const MAIN_USAGE = `Usage: newsgraph <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`)
  .join('\n')}

Run "newsgraph <command> --help" for a command's options.`;

/** Registers an extra command (used for optional commands such as `db`). */
export function registerCommand(name: string, run: Command, summary: string): void {
  COMMANDS[name] = { load: async () => run, summary };
}

/** Runs one CLI invocation; returns the exit code. Never exits the process itself. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    line(name ? io.stdout : io.stderr, MAIN_USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    line(io.stderr, `newsgraph: unknown command ${JSON.stringify(name)}; expected one of: ${Object.keys(COMMANDS).join(', ')}`);
    return 2;
  }
  try {
    return await (await command.load())(rest, io);
  } catch (error) {
    const e = toNewsgraphError(error);
    const prefix = e.message.startsWith('newsgraph') ? '' : `newsgraph ${name}: `;
    line(io.stderr, `${prefix}${e.message}${isNewsgraphError(error) ? ` [${e.code}]` : ''}`);
    if (!isNewsgraphError(error) && error instanceof Error && error.stack) line(io.stderr, error.stack);
    return e.code === 'USAGE_ERROR' || e.code === 'CONFIG_ERROR' ? 2 : 1;
  }
}
