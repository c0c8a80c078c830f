import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { cypherNames, cypherParameters, loadCypher, parseCypherFile, readCypherDir } from '../../../src/store/neo4j/cypherFiles.js';
import { MAX_HOPS_PLACEHOLDER, REL_TYPE_PLACEHOLDER } from '../../../src/store/neo4j/identifiers.js';
import { COUNTED_TYPES } from '../../../src/store/neo4j/batchRows.js';
import { composeList, factList } from '../../../src/store/neo4j/listQuery.js';
import type { FactListFilter } from '../../../src/store/neo4j/listQuery.js';
import * as S from '../../../src/store/neo4j/statements.js';
import type { Statement } from '../../../src/store/neo4j/statements.js';
import { ENTITY_LABELS } from '../../../src/model/labels.js';
import { ENTITY_TYPES } from '../../../src/model/types.js';
import { cypherDir } from '../../../src/paths.js';
import { FACT_FILTERS, listStatements, namedStatements, sampleGraph } from '../../helpers/neo4jStatements.js';

const named = namedStatements();
const lists = listStatements();
const all: Statement[] = [...named, ...lists];
const label = (s: Statement): string => s.name + (s.relType ? `:${s.relType}` : '');

describe('cypher files', () => {
  const files = readdirSync(cypherDir).filter((f) => f.endsWith('.cypher'));

  it('parse into uniquely named, non-empty sections', () => {
    const sections = readCypherDir();
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(sections.size).toBe(files.reduce((n, f) => n + parseCypherFile(readFileSync(path.join(cypherDir, f), 'utf8'), f).length, 0));
    for (const s of sections.values()) expect(s.text.length).toBeGreaterThan(5);
  });

  it('rejects text before the first name line and empty sections', () => {
    expect(() => parseCypherFile('MATCH (n) RETURN n', 'x.cypher')).toThrow(/name:/);
    expect(() => parseCypherFile('// name: a\n\n// name: b\nRETURN 1', 'x.cypher')).toThrow(/section a/);
    expect(parseCypherFile('// intro\n// name: a.b\nRETURN $x // trailing\n', 'x.cypher')).toEqual([{ name: 'a.b', file: 'x.cypher', text: 'RETURN $x // trailing' }]);
  });

  it('contain no string building or interpolation markers', () => {
    for (const f of files) {
      const text = readFileSync(path.join(cypherDir, f), 'utf8');
      expect(text, f).not.toMatch(/\$\{/);
      expect(text, f).not.toMatch(/\{\{|\}\}/);
      // Cypher's own value concatenation (joining names with newlines) is the only `+` next to a quote.
      expect(text.split(`s + '\\n' + n`).join(''), f).not.toMatch(/['"]\s*\+|\+\s*['"]/);
      expect(text, f).not.toMatch(/\bapoc\./i);
    }
  });

  it('template relationship types only in fact.add and hop bounds only in the path statements', () => {
    for (const name of cypherNames()) {
      expect(loadCypher(name).includes(REL_TYPE_PLACEHOLDER), name).toBe(name === 'fact.add');
      expect(loadCypher(name).includes(MAX_HOPS_PLACEHOLDER), name).toBe(name.startsWith('path.'));
    }
  });

  it('batch writes with UNWIND $rows, and retract by article ids', () => {
    for (const name of ['entity.add', 'article.add', 'fact.add']) expect(loadCypher(name), name).toMatch(/^UNWIND \$rows AS row/);
    for (const name of ['fact.retract', 'entity.retract']) expect(loadCypher(name), name).toMatch(/^MATCH \(a:Article\)\nWHERE a\.id IN \$ids/);
  });

  it('schema statements are idempotent and cover the anchors of every read', () => {
    const schema = cypherNames('schema.').map(loadCypher);
    for (const s of schema.slice(0, -1)) expect(s).toMatch(/IF (NOT )?EXISTS/);
    expect(schema[schema.length - 1]).toBe('CALL db.awaitIndexes(300)');
    const joined = schema.join('\n');
    for (const required of [
      /FOR \(e:Entity\) REQUIRE e\.key IS UNIQUE/,
      /FOR \(a:Article\) REQUIRE a\.id IS UNIQUE/,
      /FOR \(f:Fact\) REQUIRE f\.key IS UNIQUE/,
      /FOR \(l:Alias\) REQUIRE l\.lookup IS UNIQUE/,
      /ON \(e\.type, e\.mentionCount\)/,
      /CREATE TEXT INDEX entity_search_text IF NOT EXISTS\nFOR \(e:Entity\) ON \(e\.searchText\)/,
      /ON \(f\.subject, f\.key\)/,
      /ON \(f\.object, f\.key\)/,
      /ON \(f\.predicate, f\.key\)/,
      /ON \(a\.sortDate\)/,
      /CREATE FULLTEXT INDEX entity_names IF NOT EXISTS/,
    ]) {
      expect(joined).toMatch(required);
    }
  });

  it('every index hint names an index the schema creates', () => {
    const schema = cypherNames('schema.').map(loadCypher).join('\n');
    const indexed = new Set<string>();
    for (const m of schema.matchAll(/FOR \((\w):(\w+)\) (?:ON|REQUIRE) \(?([^)]*?)\)? ?(?:IS UNIQUE)?$/gm)) {
      const [, v, lbl, props] = m as unknown as [string, string, string, string];
      indexed.add(`${lbl}(${props.split(',').map((p) => p.trim().replace(`${v}.`, '')).join(', ')})`);
    }
    const hints = new Set<string>();
    for (const s of all) for (const m of S.statementText(s).matchAll(/USING (?:TEXT )?INDEX \w+:(\w+\([^)]*\))/g)) hints.add(m[1] as string);
    expect(hints.size).toBeGreaterThan(5);
    for (const h of hints) expect(indexed, h).toContain(h);
  });

  it('entity.add and entity.retract keep exactly one label per entity type, the shared ENTITY_LABELS', () => {
    for (const name of ['entity.add', 'entity.retract']) {
      const text = loadCypher(name);
      for (const type of ENTITY_TYPES) {
        expect(text, name).toContain(`newType = '${type}' THEN [1] ELSE [] END | SET e:${ENTITY_LABELS[type]})`);
      }
      expect(text, name).toContain(`REMOVE e:${ENTITY_TYPES.map((t) => ENTITY_LABELS[t]).join(':')}`);
    }
  });

  it('count mentions per type over the eight types that are not OTHER, in ENTITY_TYPES order', () => {
    expect(COUNTED_TYPES).toEqual(ENTITY_TYPES.filter((t) => t !== 'OTHER'));
    expect(loadCypher('entity.add')).toContain(`e.typeMentions = [${COUNTED_TYPES.map(() => '0').join(', ')}]`);
    for (const name of ['entity.add', 'entity.retract']) expect(loadCypher(name)).toContain(`range(0, ${COUNTED_TYPES.length - 1})`);
  });
});

describe('every statement the store runs', () => {
  it('covers every named section but the schema and the list fragments', () => {
    const names = new Set(all.map((s) => s.name));
    const expected = cypherNames().filter((n) => !n.startsWith('schema.') && !(n.startsWith('list.') && !n.endsWith('.countAll')));
    for (const n of expected) expect(names, n).toContain(n);
    expect(lists.length).toBeGreaterThan(80);
  });

  it.each(all.map((s) => [label(s), s] as const))('%s gets exactly the $parameters it uses', (_n, s) => {
    expect(Object.keys(s.params).sort()).toEqual(cypherParameters(S.statementText(s)));
  });

  it.each(named.filter((s) => s.params.rows !== undefined).map((s) => [label(s), s] as const))('%s rows carry every row.field it reads', (_n, s) => {
    const text = S.statementText(s);
    const fields = [...new Set([...text.matchAll(/\brow\.(\w+)/g)].map((m) => m[1] as string))].sort();
    const rows = s.params.rows as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) for (const f of fields) expect(Object.hasOwn(row, f), `${s.name} row.${f}`).toBe(true);
  });
});

describe('list statements', () => {
  const base: FactListFilter = { subjectKey: null, objectKey: null, entityKey: null, direction: 'BOTH', predicate: null, predicates: null, articleId: null, minConfidence: null, since: null, until: null };

  it('start from the anchor the filters choose, and add only the filters present', () => {
    const anchorOf = (f: Partial<typeof base>): string => factList({ ...base, ...f }, 'KEY', null, 5).page.name;
    expect(anchorOf({})).toBe('list.fact[all.key]:page:order.key');
    expect(anchorOf({ entityKey: 'k' })).toBe('list.fact[both]:page:order.key');
    expect(anchorOf({ entityKey: 'k', direction: 'OUT', minConfidence: 0.3 })).toBe('list.fact[out|minConfidence]:page:order.key');
    expect(anchorOf({ subjectKey: 's', objectKey: 'o' })).toBe('list.fact[out|object]:page:order.key');
    expect(anchorOf({ predicates: ['A', 'B'], since: '2024-01-01' })).toBe('list.fact[predicates|since]:page:order.key');
    expect(anchorOf({ articleId: 'a', predicate: 'MET' })).toBe('list.fact[article|predicate]:page:order.key');
    for (const f of FACT_FILTERS) {
      const text = S.statementText(factList({ ...base, ...f }, 'KEY', null, 5).page);
      expect(text).not.toMatch(/IS NULL OR/);
      expect(text).toMatch(/^(MATCH \(\w+:\w+|CALL \(\) \{|UNWIND \$anchorPredicates)/);
    }
  });

  it('seek past the cursor instead of skipping, and count without it', () => {
    const keyPage = factList({ ...base, entityKey: 'k' }, 'KEY', { value: null, key: 'f9' }, 5);
    expect(keyPage.page.params.keyFloor).toBe('f9');
    expect(S.statementText(keyPage.page)).not.toMatch(/\bSKIP\b/);
    expect(keyPage.count.params.keyFloor).toBe('');
    const byConfidence = factList(base, 'CONFIDENCE', { value: 0.4, key: 'f9' }, 5);
    expect(byConfidence.page.name).toBe('list.fact[all.confidence|afterConfidence]:page:order.confidence');
    expect(byConfidence.page.params).toMatchObject({ afterValue: 0.4, afterKey: 'f9' });
    expect(byConfidence.count.name).toBe('list.fact.countAll');
    expect(factList(base, 'DATE', null, 5).page.params.afterValue).toBe(S.MAX_STRING);
  });

  it('compose the union anchor with filters and order inside each branch (snapshot)', () => {
    expect(composeList({ family: 'fact', anchor: 'both', filters: ['minConfidence'], order: 'order.key', tail: 'page' })).toMatchInlineSnapshot(`
      "CALL () {
        MATCH (f:Fact)
        USING INDEX f:Fact(subject, key)
        WHERE f.subject = $anchorKey AND f.key > $keyFloor AND f.confidence >= $minConfidence
        WITH f ORDER BY f.key LIMIT $limit
        RETURN f
        UNION
        MATCH (f:Fact)
        USING INDEX f:Fact(object, key)
        WHERE f.object = $anchorKey AND f.key > $keyFloor AND f.confidence >= $minConfidence
        WITH f ORDER BY f.key LIMIT $limit
        RETURN f
      }
      WITH f ORDER BY f.key LIMIT $limit
      RETURN properties(f) AS fact"
    `);
  });
});

describe('statement parameters', () => {
  it('send whole numbers as driver Integers and JSON-encode nested values', () => {
    const limit = factList({ subjectKey: null, objectKey: null, entityKey: null, direction: 'BOTH', predicate: null, predicates: null, articleId: null, minConfidence: null, since: null, until: null }, 'KEY', null, 7).page.params.limit;
    expect(neo4j.isInt(limit)).toBe(true);
    expect(neo4j.integer.toNumber(limit as number)).toBe(7);
    const [facts] = S.factAdds([sampleGraph]);
    const row = (facts?.params.rows as Record<string, unknown>[])[0] as Record<string, unknown>;
    expect(JSON.parse((row.qualifiers as string[])[0] as string)).toEqual({ at: 'Gamma' });
    expect(JSON.parse((row.evidence as string[])[0] as string)).toEqual([{ sentence: 'Alpha met Beta.', start: 0, end: 15 }]);
    const entityRow = ((S.entityAdd([sampleGraph])?.params.rows ?? []) as Record<string, unknown>[])[0] as Record<string, unknown>;
    expect(neo4j.isInt(entityRow.count)).toBe(true);
    expect((entityRow.typeMentions as unknown[]).every((t) => neo4j.isInt(t))).toBe(true);
  });

  it('renders fact.add for the batch predicate (snapshot of the templated part)', () => {
    const [facts] = S.factAdds([sampleGraph]);
    expect(facts?.relType).toBe('MET');
    expect(S.statementText(facts as Statement).split('\n').slice(-4).join('\n')).toMatchInlineSnapshot(`
      "WHERE size(f.articleIds) = size(row.articleIds)
      MATCH (s:Entity {key: row.subject})
      MATCH (o:Entity {key: row.object})
      CREATE (s)-[:\`MET\` {key: row.key, negated: row.negated}]->(o)"
    `);
  });

  it('bound paths by a validated hop count', () => {
    expect(S.statementText(S.shortestPath('a', 'b', 2))).toContain('shortestPath((a)-[*..2]-(b))');
    expect(() => S.statementText(S.shortestPath('a', 'b', 5))).toThrow(expect.objectContaining({ code: 'INVALID_IDENTIFIER' }));
    expect(() => S.statementText({ name: 'path.shortest', params: {}, maxHops: 1.5 })).toThrow(/whole number from 1 to 4/);
  });
});
