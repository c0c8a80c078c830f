import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { UsageError } from '../errors.js';
import { exportCsv } from '../export/exportCsv.js';
import { exportJson } from '../export/exportJson.js';
import { configFrom, parseCommand, STORE_FLAGS, STORE_HELP, withStore, type CommandSpec } from './common.js';
import { line, type CliIO } from './io.js';

export const exportSpec: CommandSpec = {
  name: 'export',
  usage: `Usage: newsgraph export --format json|csv [--out PATH] [--data DIR] [--store embedded|neo4j]

Exports the stored graph.
  json   the extraction output contract, one entry per article (stdout, or --out FILE)
  csv    entities.csv, articles.csv, mentions.csv, relationships.csv in --out DIR, with the
         headers neo4j-admin database import expects (see README)

Options:
  --format F             json or csv
  --out PATH             output file (json) or directory (csv, required)
${STORE_HELP}`,
  flags: { values: [...STORE_FLAGS, 'format', 'out'], switches: [] },
};

export async function exportCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseCommand(exportSpec, argv, io);
  if (!args) return 0;
  const format = args.flags.format;
  const out = args.flags.out as string | undefined;
  if (format !== 'json' && format !== 'csv') {
    throw new UsageError(`newsgraph export: --format expects json or csv, found ${format === undefined ? 'none' : JSON.stringify(format)}`);
  }
  if (format === 'csv' && !out) throw new UsageError('newsgraph export --format csv: expected --out DIR for the CSV files, found none');
  const config = configFrom(args, io);
  await withStore(config, async (store) => {
    if (format === 'csv') {
      const files = await exportCsv(store, out!);
      line(io.stderr, `wrote ${files.join(', ')}`);
      return;
    }
    if (!out) {
      await exportJson(store, io.stdout);
      return;
    }
    const file = createWriteStream(out, { encoding: 'utf8' });
    await exportJson(store, file);
    file.end();
    await once(file, 'finish');
    line(io.stderr, `wrote ${out}`);
  });
  return 0;
}
