/**
 * docs/neo4j-browser.md without a server: every Cypher block is marked, covers one of the API's
 * questions (or a listed extra), passes the Cypher front end with the schema the store's writes
 * produce, and sets exactly the parameters it uses. Against a live server the same statements
 * run and are compared with the store's answers (test/contract/neo4jBrowserDocs.ts).
 */
import { describe, expect, it } from 'vitest';
import { cypherParameters } from '../../../src/store/neo4j/cypherFiles.js';
import { API_QUESTIONS, BROWSER_EXTRAS, browserQueries } from '../../helpers/browserDocs.js';
import { cypherErrors, newsgraphSchema } from '../../helpers/cypherLint.js';


const queries = browserQueries();
const schema = newsgraphSchema();

describe('docs/neo4j-browser.md', () => {
  it('has one marked Cypher statement per API question, and the extras', () => {
    expect(queries.map((q) => q.id)).toEqual([...API_QUESTIONS, ...BROWSER_EXTRAS]);
  });

  it('rejects an unmarked block and a malformed :param', () => {
    expect(() => browserQueries('text\n```cypher\nRETURN 1\n```\n')).toThrow(/marker/);
    expect(() => browserQueries('<!-- browser-query: x -->\n```cypher\n:param x = 1\nRETURN $x\n```\n')).toThrow(/:param name => value/);
    expect(browserQueries('<!-- browser-query: x -->\n```cypher\n:param x => 1\nRETURN $x\n```\n')).toEqual([{ id: 'x', params: { x: '1' }, statement: 'RETURN $x' }]);
  });

  it.each(queries.map((q) => [q.id, q] as const))('%s passes the Cypher front end and reads only what the store writes', (_id, q) => {
    expect(cypherErrors(q.statement, schema)).toEqual([]);
  });

  it.each(queries.map((q) => [q.id, q] as const))('%s sets exactly the parameters it uses', (_id, q) => {
    expect(Object.keys(q.params).sort()).toEqual(cypherParameters(q.statement));
    for (const value of Object.values(q.params)) expect(cypherErrors(`RETURN ${value} AS v`)).toEqual([]);
  });
});
