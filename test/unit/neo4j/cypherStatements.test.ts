import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { cypherNames, cypherParameters, loadCypher, parseCypherFile, readCypherDir } from '../../../src/store/neo4j/cypherFiles.js';
import { REL_TYPE_PLACEHOLDER, renderWithRelType } from '../../../src/store/neo4j/identifiers.js';
import { prepareGraph } from '../../../src/store/neo4j/prepareGraph.js';
import { mergeEntity, mergeFact } from '../../../src/store/neo4j/merge.js';
import * as S from '../../../src/store/neo4j/statements.js';
import type { Statement } from '../../../src/store/neo4j/statements.js';
import { ENTITY_LABELS } from '../../../src/model/labels.js';
import { ENTITY_TYPES } from '../../../src/model/types.js';
import { cypherDir } from '../../../src/paths.js';

const graph = prepareGraph({
  article: { id: 'a1', title: 'T', source: 'x.txt', publishedAt: '2024-01-02', hash: 'h1' },
  text: 'Alpha met Beta.',
  entities: [
    { key: 'alpha', name: 'Alpha', type: 'PERSON', aliases: ['A.'], mentions: 2 },
    { key: 'beta', name: 'Beta', type: 'GPE', aliases: [], mentions: 1 },
  ],
  facts: [
    {
      key: 'f1', subject: 'alpha', predicate: 'MET', verb: 'meet', object: 'beta', qualifiers: { at: 'Gamma' },
      confidence: 0.8, negated: false, modality: 'asserted', evidence: [{ sentence: 'Alpha met Beta.', start: 0, end: 15 }],
    },
  ],
});
const mergedEntity = mergeEntity('alpha', [{ articleId: 'a1', count: 2, name: 'Alpha', type: 'PERSON', aliases: ['A.'] }]);
const mergedFactValues = mergeFact([{ articleId: 'a1', verb: 'meet', qualifiers: { at: 'Gamma' }, confidence: 0.8, modality: 'asserted', evidence: [{ sentence: 'Alpha met Beta.', start: 0, end: 15 }] }]);
if (!mergedEntity || !mergedFactValues) throw new Error('fixture merge failed');
const mergedFact = { key: 'f1', predicate: 'MET', subject: 'alpha', object: 'beta', negated: false, ...mergedFactValues };
const factFilter: S.FactFilter = { predicate: 'MET', subjectKey: 'alpha', objectKey: null, entityKey: 'beta', direction: 'IN', articleId: 'a1', minConfidence: 0.5 };

/** Every statement the store can run, built exactly as the store builds it. */
const built: Statement[] = [
  S.articleHashes(['a1']),
  S.articleContributionKeys(['a1']),
  S.articleClearMentions(['a1']),
  S.articleClearAssertions(['a1']),
  S.articleDelete('a1'),
  S.articleUpsert([graph]),
  S.entityMention([graph]),
  S.entityContributions(['alpha']),
  S.entityApply([mergedEntity]),
  S.entityDeleteOrphans(['alpha']),
  S.factAssert([graph]),
  S.factContributions(['f1']),
  S.factDeleteViews(['f1']),
  S.factDeleteUnasserted(['f1']),
  S.factApply([mergedFact]),
  ...S.factCreateViews([mergedFact]),
  S.wipeAll(),
  S.articleGet('a1'),
  S.articleText('a1'),
  S.articleCount(),
  S.articleOfEntity('alpha'),
  S.articlePage({ publishedAt: null, id: 'a1' }, 3),
  S.entityGetMany(['alpha']),
  S.entityFind('alpha', 'alpha'),
  S.entityIncidentFacts(['alpha']),
  S.entityPage({ type: 'PERSON', search: 'alp' }, { mentionCount: 2, key: 'alpha' }, 3),
  S.entityCount({ type: null, search: null }),
  S.factGetMany(['f1']),
  S.factPage(factFilter, 'f0', 3),
  S.factCount(factFilter),
  S.shortestPathStatement('alpha', 'beta'),
  S.statsCounts(),
  S.factPageSorted({ ...factFilter, predicates: ['MET', 'LEADS'], since: '2024-01-01', until: null }, 'CONFIDENCE', { value: 0.5, key: 'f0' }, 3),
  S.factPageSorted(factFilter, 'DATE', null, 3),
  S.articleSearch({ since: '2024-01-01', until: '2024-12-31', entityKey: 'alpha', search: 'alp' }, { publishedAt: '2024-02-01', id: 'a1' }, 3),
  S.articleSearchCount({ since: null, until: null, entityKey: null, search: null }),
  S.articleEntities('a1'),
  S.entityTimeline('alpha', '2024-01-01', null),
  S.entityCooccurrences('alpha', 'PERSON'),
  S.allShortestPaths('alpha', 'beta', 10),
  S.predicateCounts(),
];

const textOf = (s: Statement): string => (s.relType === undefined ? loadCypher(s.name) : renderWithRelType(loadCypher(s.name), s.relType));

describe('cypher files', () => {
  const files = readdirSync(cypherDir).filter((f) => f.endsWith('.cypher'));

  it('parse into uniquely named, non-empty sections', () => {
    const all = readCypherDir();
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(all.size).toBe(files.reduce((n, f) => n + parseCypherFile(readFileSync(path.join(cypherDir, f), 'utf8'), f).length, 0));
    for (const s of all.values()) expect(s.text.length).toBeGreaterThan(10);
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
      expect(text, f).not.toMatch(/['"]\s*\+|\+\s*['"]/);
      expect(text, f).not.toMatch(/\bapoc\./i);
    }
  });

  it('only template the relationship type, and only in fact.createView', () => {
    for (const name of cypherNames()) {
      expect(loadCypher(name).includes(REL_TYPE_PLACEHOLDER), name).toBe(name === 'fact.createView');
    }
  });

  it('batch writes with UNWIND $rows / $ids / $keys', () => {
    for (const name of ['article.upsert', 'entity.mention', 'entity.apply', 'fact.assert', 'fact.apply', 'fact.createView']) {
      expect(loadCypher(name), name).toMatch(/^UNWIND \$rows AS row/);
    }
  });

  it('schema statements are idempotent and cover the required constraints and indexes', () => {
    const schema = cypherNames('schema.').map(loadCypher);
    for (const s of schema) expect(s).toMatch(/IF NOT EXISTS/);
    const joined = schema.join('\n');
    expect(joined).toMatch(/FOR \(e:Entity\) REQUIRE e\.key IS UNIQUE/);
    expect(joined).toMatch(/FOR \(a:Article\) REQUIRE a\.id IS UNIQUE/);
    expect(joined).toMatch(/ON \(e\.type\)/);
    expect(joined).toMatch(/ON \(e\.nameLower\)/);
    expect(joined).toMatch(/ON \(f\.predicate\)/);
    expect(joined).toMatch(/CREATE FULLTEXT INDEX entity_names IF NOT EXISTS/);
  });

  it('entity.apply sets exactly one label per entity type, the shared ENTITY_LABELS', () => {
    const apply = loadCypher('entity.apply');
    for (const type of ENTITY_TYPES) {
      expect(apply).toContain(`WHEN row.type = '${type}' THEN [1] ELSE [] END | SET e:${ENTITY_LABELS[type]})`);
    }
    expect(apply).toContain(`REMOVE e:${ENTITY_TYPES.map((t) => ENTITY_LABELS[t]).join(':')}`);
  });
});

describe('statement parameters', () => {
  it('cover every non-schema statement', () => {
    const names = new Set(built.map((s) => s.name));
    expect([...names].sort()).toEqual(cypherNames().filter((n) => !n.startsWith('schema.')).sort());
  });

  it.each(built.map((s) => [s.name + (s.relType ? `:${s.relType}` : ''), s] as const))('%s gets exactly the $parameters it uses', (_n, s) => {
    expect(Object.keys(s.params).sort()).toEqual(cypherParameters(textOf(s)));
  });

  it.each(built.map((s) => [s.name, s] as const))('%s rows carry every row.field it reads', (_n, s) => {
    const fields = [...new Set([...textOf(s).matchAll(/\brow\.(\w+)/g)].map((m) => m[1] as string))].sort();
    const rows = s.params.rows as Record<string, unknown>[] | undefined;
    if (fields.length === 0) {
      expect(rows).toBeUndefined();
      return;
    }
    expect(rows && rows.length).toBeGreaterThan(0);
    for (const row of rows ?? []) for (const f of fields) expect(Object.hasOwn(row, f), `${s.name} row.${f}`).toBe(true);
  });

  it('passes LIMIT as a driver Integer and JSON-encodes nested values', () => {
    const page = S.factPage(factFilter, null, 7);
    expect(neo4j.isInt(page.params.limit)).toBe(true);
    expect(neo4j.integer.toNumber(page.params.limit as number)).toBe(7);
    const row = (S.factAssert([graph]).params.rows as Record<string, unknown>[])[0] as Record<string, unknown>;
    expect(JSON.parse(row.qualifiers as string)).toEqual({ at: 'Gamma' });
    expect((row.evidence as string[]).map((e) => JSON.parse(e))).toEqual([{ sentence: 'Alpha met Beta.', start: 0, end: 15 }]);
  });

  it('passes the new relation filters with null defaults, so old callers keep their meaning', () => {
    const plain = S.factPage(factFilter, null, 2).params;
    expect([plain.predicates, plain.since, plain.until]).toEqual([null, null, null]);
    const filtered = S.factCount({ ...factFilter, predicates: ['MET'], since: '2024-01-01', until: '2024-02-01' }).params;
    expect([filtered.predicates, filtered.since, filtered.until]).toEqual([['MET'], '2024-01-01', '2024-02-01']);
    const sorted = S.factPageSorted(factFilter, 'DATE', { value: null, key: 'k' }, 4);
    expect(sorted.name).toBe('fact.pageByDate');
    expect([sorted.params.afterValue, sorted.params.afterKey]).toEqual([null, 'k']);
    expect(S.factPageSorted(factFilter, 'CONFIDENCE', null, 4).name).toBe('fact.pageByConfidence');
    expect(neo4j.isInt(S.allShortestPaths('a', 'b', 9).params.limit)).toBe(true);
    expect(loadCypher('path.allShortest')).toContain('allShortestPaths(');
  });

  it('groups fact views by predicate, one statement per type, sorted', () => {
    const views = S.factCreateViews([
      { ...mergedFact, key: 'k2', predicate: 'SIGNED' },
      { ...mergedFact, key: 'k1' },
      { ...mergedFact, key: 'k3', predicate: 'SIGNED' },
    ]);
    expect(views.map((v) => [v.relType, (v.params.rows as { key: string }[]).map((r) => r.key)])).toEqual([
      ['MET', ['k1']],
      ['SIGNED', ['k2', 'k3']],
    ]);
  });

  it('renders the fact view statement for a predicate (snapshot)', () => {
    const [view] = S.factCreateViews([mergedFact]);
    expect(view && textOf(view)).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      MATCH (s:Entity {key: row.subject})
      MATCH (o:Entity {key: row.object})
      CREATE (s)-[r:\`MET\`]->(o)
      SET r.key = row.key,
          r.verb = row.verb,
          r.qualifiers = row.qualifiers,
          r.confidence = toFloat(row.confidence),
          r.negated = row.negated,
          r.modality = row.modality,
          r.articleIds = row.articleIds,
          r.evidence = row.evidence"
    `);
  });
});
