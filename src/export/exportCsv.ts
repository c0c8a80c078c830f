import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { ENTITY_LABELS } from '../model/labels.js';
import type { GraphStore } from '../store/GraphStore.js';
import { csvRow, DEFAULT_CSV_DIALECT, type CsvDialect } from './csv.js';
import { countingGraph, type ExportSummary } from './exportSummary.js';
import { selectGraph, type GraphSelection } from './GraphSelection.js';
import { writeChunk } from './writeChunks.js';

export const CSV_FILES = {
  entities: 'entities.csv',
  articles: 'articles.csv',
  mentions: 'mentions.csv',
  relationships: 'relationships.csv',
} as const;

export const CSV_HEADERS = {
  entities: ['key:ID(Entity)', 'name', 'type', 'aliases:string[]', 'mentionCount:int', ':LABEL'],
  articles: ['id:ID(Article)', 'title', 'source', 'publishedAt', 'hash', ':LABEL'],
  mentions: [':START_ID(Entity)', ':END_ID(Article)', ':TYPE'],
  relationships: [
    ':START_ID(Entity)',
    ':END_ID(Entity)',
    ':TYPE',
    'key',
    'verb',
    'confidence:float',
    'negated:boolean',
    'modality',
    'qualifiers',
    'articleIds:string[]',
    'evidence',
  ],
} as const;

async function openCsv(file: string, header: readonly string[]): Promise<NodeJS.WritableStream & { end(): void }> {
  const stream = createWriteStream(file, { encoding: 'utf8' });
  await writeChunk(stream, `${header.join(',')}\n`);
  return stream;
}

async function finish(stream: NodeJS.WritableStream & { end(): void }): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

export interface CsvOptions {
  /**
   * `spreadsheet` (default): cells starting with = + - @ TAB CR get a leading `'` (formula
   * injection). `neo4j-admin`: every value verbatim, for `neo4j-admin database import`.
   */
  dialect?: CsvDialect;
}

/**
 * Writes the (selected) graph as CSV files in `dir`, in the layout `neo4j-admin database
 * import full` expects (see README: --nodes=Entity=… --relationships=… --array-delimiter=U+001F
 * --multiline-fields=true). Qualifiers and evidence are JSON strings. Streaming. Returns the
 * file paths and what was written. Use `{ dialect: 'neo4j-admin' }` for files to import.
 */
export async function writeCsvFiles(
  store: GraphStore,
  dir: string,
  selection: GraphSelection = {},
  options: CsvOptions = {},
): Promise<{ files: string[]; summary: ExportSummary }> {
  const dialect = options.dialect ?? DEFAULT_CSV_DIALECT;
  const row = (values: Parameters<typeof csvRow>[0]): string => csvRow(values, dialect);
  const { graph, summary } = countingGraph(await selectGraph(store, selection));
  await mkdir(dir, { recursive: true });
  const files = Object.values(CSV_FILES).map((f) => path.join(dir, f));
  const [entityFile, articleFile, mentionFile, relFile] = files as [string, string, string, string];

  const entities = await openCsv(entityFile, CSV_HEADERS.entities);
  const mentions = await openCsv(mentionFile, CSV_HEADERS.mentions);
  for await (const e of graph.entities()) {
    await writeChunk(entities, row([e.key, e.name, e.type, e.aliases, e.mentionCount, `Entity;${ENTITY_LABELS[e.type]}`]));
    for (const articleId of e.articleIds) await writeChunk(mentions, row([e.key, articleId, 'MENTIONED_IN']));
  }
  await finish(entities);
  await finish(mentions);

  const articles = await openCsv(articleFile, CSV_HEADERS.articles);
  for await (const a of graph.articles()) {
    await writeChunk(articles, row([a.id, a.title, a.source, a.publishedAt, a.hash, 'Article']));
  }
  await finish(articles);

  const rels = await openCsv(relFile, CSV_HEADERS.relationships);
  for await (const { fact: f } of graph.facts()) {
    await writeChunk(
      rels,
      row([
        f.subject,
        f.object,
        f.predicate,
        f.key,
        f.verb,
        f.confidence,
        f.negated,
        f.modality,
        JSON.stringify(f.qualifiers),
        f.articleIds,
        JSON.stringify(f.evidence),
      ]),
    );
  }
  await finish(rels);
  return { files, summary };
}

/** Writes the (selected) graph as neo4j-admin import CSV files in `dir`; returns the file paths. */
export async function exportCsv(store: GraphStore, dir: string, selection: GraphSelection = {}, options: CsvOptions = {}): Promise<string[]> {
  return (await writeCsvFiles(store, dir, selection, options)).files;
}
