/**
 * Offline Cypher checks: the Neo4j Cypher front end (parser and semantic analysis of
 * @neo4j-cypher/language-support, the checks Neo4j runs before planning) — syntax, undefined or
 * out-of-scope variables, aggregation and subquery rules — and, against the newsgraph schema,
 * labels and relationship types nobody writes (checker 2.0.0-next.20, the last release for
 * Node 20, does not check property keys). About 0.2 s per statement.
 */
import { createRequire } from 'node:module';
import type { DbSchema } from '@neo4j-cypher/language-support';
import { ENTITY_LABELS } from '../../src/model/labels.js';
import { cypherNames, loadCypher } from '../../src/store/neo4j/cypherFiles.js';

/*
 * The package's ESM build uses extension-less relative imports, which Node cannot load, so
 * vitest would transform and inline its ~40 MB of modules in every test file that lints
 * (about 25 s per file). Its CommonJS build is the same checker in one bundled file that Node
 * loads natively in about half a second.
 */
const { lintCypherQuery } = createRequire(import.meta.url)('@neo4j-cypher/language-support') as typeof import('@neo4j-cypher/language-support');

/**
 * The labels, relationship types and property keys the store's writes produce (read from
 * cypher/write.cypher: pattern labels and types, SET targets, property maps of CREATE and
 * MERGE), plus the type labels and the example predicates `extra` names.
 */
export function newsgraphSchema(extraTypes: readonly string[] = []): DbSchema {
  const writes = cypherNames()
    .filter((n) => ['entity.add', 'article.add', 'fact.add', 'fact.retract', 'entity.retract', 'entity.reelect'].includes(n))
    .map(loadCypher)
    .join('\n');
  const labels = new Set<string>(Object.values(ENTITY_LABELS));
  for (const m of writes.matchAll(/\(\w*:(\w+)/g)) labels.add(m[1] as string);
  const types = new Set<string>(extraTypes);
  for (const m of writes.matchAll(/\[\w*:(\w+)/g)) types.add(m[1] as string);
  const keys = new Set<string>();
  for (const m of writes.matchAll(/\b[a-z]\w*\.(\w+) = /g)) keys.add(m[1] as string);
  for (const m of writes.matchAll(/\{(\w+): /g)) keys.add(m[1] as string);
  for (const m of writes.matchAll(/, (\w+): \w+\.\w+/g)) keys.add(m[1] as string);
  keys.delete('_lock');
  return { labels: [...labels], relationshipTypes: [...types], propertyKeys: [...keys] };
}

const UNKNOWN = /is not present in the database/;

/**
 * Errors of the Cypher front end (warnings and "parameter not declared" ignored); with a
 * schema, also every label, relationship type or property the schema does not have.
 */
export function cypherErrors(text: string, schema?: DbSchema): string[] {
  // Version 2.0.0-next.20 (the last one that supports Node 20) returns the diagnostics array itself.
  return lintCypherQuery(text, schema ?? {})
    .map((d) => ({ severity: d.severity, message: typeof d.message === 'string' ? d.message : d.message.value }))
    .filter((d) => (d.severity === 1 && !/^Parameter \$\w+ is not defined/.test(d.message)) || (schema !== undefined && UNKNOWN.test(d.message)))
    .map((d) => d.message.replace(/\. Make sure you didn't misspell it.*$/, ''));
}
