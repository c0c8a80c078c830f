import { requireExistingStore } from './dataDir.js';
import { configFrom, parseCommand, READ_STORE_FLAGS, storeHelp, withStore, type CommandSpec } from './common.js';
import { line, type CliIO } from './io.js';

export const statsSpec: CommandSpec = {
  name: 'stats',
  usage: `Usage: newsgraph stats [--data DIR] [--store embedded|neo4j] [--json]

Prints the number of articles, entities and relations in the store.

Options:
  --json                 print JSON
${storeHelp(READ_STORE_FLAGS)}`,
  flags: { values: [...READ_STORE_FLAGS], switches: ['json'] },
};

export async function statsCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseCommand(statsSpec, argv, io);
  if (!args) return 0;
  const config = configFrom(args, io);
  requireExistingStore(config, 'stats');
  const stats = await withStore(config, (store) => store.stats(), { readOnly: true });
  if (args.flags.json) line(io.stdout, JSON.stringify(stats));
  else line(io.stdout, `articles: ${stats.articles}\nentities: ${stats.entities}\nrelations: ${stats.relations}`);
  return 0;
}
