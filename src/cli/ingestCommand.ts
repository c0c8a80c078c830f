import { ingestSources } from '../pipeline.js';
import { configFrom, parseCommand, requirePositionals, STORE_FLAGS, STORE_HELP, withStore, type CommandSpec } from './common.js';
import { line, type CliIO } from './io.js';

export const ingestSpec: CommandSpec = {
  name: 'ingest',
  usage: `Usage: newsgraph ingest <paths…> [--data DIR] [--store embedded|neo4j] [--min-confidence X]

Reads articles, extracts entities and relations and stores them. Re-ingesting an unchanged
article is a no-op; a changed article (same id) replaces its facts. Bad inputs are reported
with file and line; the others are still stored; the exit code is 1 when any failed.

Options:
  --min-confidence X    drop relations with confidence below X (0 … 1)
${STORE_HELP}`,
  flags: { values: [...STORE_FLAGS, 'min-confidence'], switches: [] },
};

export async function ingestCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseCommand(ingestSpec, argv, io);
  if (!args) return 0;
  const inputs = requirePositionals(args, 'ingest', 'one or more paths (files, directories or -)');
  const config = configFrom(args, io);
  const batchSize = config.neo4j?.batchSize ?? 50;
  const summary = await withStore(config, (store) =>
    ingestSources(store, inputs, {
      minConfidence: config.minConfidence,
      stdin: io.stdin,
      batchSize,
      onProgress: io.stderrIsTTY
        ? (p) => io.stderr.write(`\r\u001b[Kingest: ${p.done} read, ${p.failed} failed — ${p.current.slice(-60)}`)
        : undefined,
    }),
  );
  if (io.stderrIsTTY) io.stderr.write('\r\u001b[K');
  for (const f of summary.failures) line(io.stderr, `error: ${f.source}: ${f.message} [${f.code}]`);
  line(
    io.stdout,
    `ingested ${summary.articles} article(s) (${summary.created} new, ${summary.updated} updated, ${summary.unchanged} unchanged): ` +
      `${summary.entities} entities, ${summary.relations} relations; ${summary.failures.length} failed`,
  );
  return summary.failures.length > 0 ? 1 : 0;
}
