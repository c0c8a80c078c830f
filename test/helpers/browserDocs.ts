/**
 * The Cypher of docs/neo4j-browser.md: each ```cypher block follows a
 * `<!-- browser-query: <id> -->` marker; its `:param name => value` lines set the parameters
 * (as a Browser user types them) and the rest is the statement.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const BROWSER_DOC = path.join('docs', 'neo4j-browser.md');

/** The GraphQL questions the document answers in Cypher, in its order, then its extras. */
export const API_QUESTIONS = ['entity', 'entities', 'relations', 'evidence', 'neighbors', 'path', 'paths', 'timeline', 'cooccurrences', 'predicates', 'articleEntities', 'articleFacts'] as const;
export const BROWSER_EXTRAS = ['mostConnected', 'egoNetwork', 'dateRange', 'fulltext'] as const;

export interface BrowserQuery {
  id: string;
  /** `:param` values as written (Cypher literals). */
  params: Record<string, string>;
  statement: string;
}

/** The marked Cypher blocks of the document, in order; throws on a block without a marker. */
export function browserQueries(markdown = readFileSync(BROWSER_DOC, 'utf8')): BrowserQuery[] {
  const out: BrowserQuery[] = [];
  let pending: string | null = null;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const marker = /^<!-- browser-query: (\w+) -->$/.exec(line);
    if (marker) pending = marker[1] as string;
    if (line.trim() !== '```cypher') continue;
    if (pending === null) throw new Error(`${BROWSER_DOC}:${i + 1} expects a <!-- browser-query: id --> marker before the cypher block, found none`);
    const body: string[] = [];
    for (i++; i < lines.length && lines[i]?.trim() !== '```'; i++) body.push(lines[i] as string);
    const params: Record<string, string> = {};
    for (const p of body.filter((l) => l.startsWith(':param '))) {
      const m = /^:param (\w+) => (.+)$/.exec(p);
      if (!m) throw new Error(`${BROWSER_DOC}: expected ":param name => value", found ${JSON.stringify(p)}`);
      params[m[1] as string] = m[2] as string;
    }
    out.push({ id: pending, params, statement: body.filter((l) => !l.startsWith(':param ')).join('\n') });
    pending = null;
  }
  return out;
}
