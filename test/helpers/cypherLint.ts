/**
 * Offline Cypher checks: the Neo4j Cypher front end (parser and semantic analysis of
 * @neo4j-cypher/language-support, the checks Neo4j runs before planning) — syntax, undefined or
 * out-of-scope variables, aggregation and subquery rules. About 0.2 s per statement.
 */
import { lintCypherQuery } from '@neo4j-cypher/language-support';

/** Errors of the Cypher front end (warnings and "parameter not declared" ignored). */
export function cypherErrors(text: string): string[] {
  return lintCypherQuery(text, {})
    .diagnostics.filter((d) => d.severity === 1 && !/^Parameter \$\w+ is not defined/.test(d.message))
    .map((d) => d.message);
}
