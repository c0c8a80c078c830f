/**
 * Every statement the Neo4j store can run, built exactly as the store builds it: the named
 * sections of cypher/*.cypher with representative parameters, and the list statements of
 * listQuery.ts for every anchor, every filter and every sort (first pages and later pages).
 * Used offline (parameters, Cypher lint) and against a live server (EXPLAIN plans).
 */
import { prepareGraph } from '../../src/store/neo4j/prepareGraph.js';
import { articleList, entityList, factList } from '../../src/store/neo4j/listQuery.js';
import type { ArticleListFilter, EntityListFilter, FactListFilter } from '../../src/store/neo4j/listQuery.js';
import * as S from '../../src/store/neo4j/statements.js';
import type { Statement } from '../../src/store/neo4j/statements.js';
import type { RelationSort } from '../../src/store/GraphStore.js';

export const sampleGraph = prepareGraph({
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

/** Statements of cypher/write.cypher, read.cypher, api.cypher and admin.cypher (schema excluded). */
export function namedStatements(): Statement[] {
  const entityAdd = S.entityAdd([sampleGraph]);
  if (!entityAdd) throw new Error('sample graph has entities');
  return [
    S.articleHashes(['a1']),
    entityAdd,
    S.articleAdd([sampleGraph]),
    ...S.factAdds([sampleGraph]),
    S.factRetract(['a1']),
    S.entityRetract(['a1']),
    S.entityReelect(['alpha']),
    S.entityDeleteOrphans(['alpha']),
    S.articleDelete('a1'),
    S.legacyAssertions(),
    S.wipeAll(),
    S.articleGet('a1'),
    S.articleText('a1'),
    S.articleOfEntity('alpha'),
    S.articleEntities('a1'),
    S.entityGetMany(['alpha']),
    S.entityFind('alpha'),
    S.factGetMany(['f1']),
    S.entityNeighbors('alpha', 3, 50),
    S.shortestPath('alpha', 'beta', 4),
    S.allShortestPaths('alpha', 'beta', 3, 10),
    S.statsCounts(),
    S.predicateCounts(),
    S.entityTimeline('alpha', '2024-01-01', null, 10),
    S.entityTimeline('alpha', null, null, 10),
    S.entityCooccurrences('alpha', null, 10),
    S.entityCooccurrences('alpha', 'PERSON', 10),
  ];
}

const noFacts: FactListFilter = {
  subjectKey: null, objectKey: null, entityKey: null, direction: 'BOTH', predicate: null, predicates: null,
  articleId: null, minConfidence: null, since: null, until: null,
};

/** Relation filters covering every anchor and every filter fragment. */
export const FACT_FILTERS: readonly Partial<FactListFilter>[] = [
  {},
  { entityKey: 'alpha' },
  { entityKey: 'alpha', direction: 'OUT', minConfidence: 0.5 },
  { entityKey: 'alpha', direction: 'IN', predicate: 'MET' },
  { subjectKey: 'alpha', objectKey: 'beta', entityKey: 'gamma', direction: 'OUT' },
  { objectKey: 'beta', predicates: ['MET', 'SAW'] },
  { predicate: 'MET', since: '2024-01-01' },
  { predicates: ['MET', 'SAW'], until: '2024-03-01' },
  { predicate: 'MET', predicates: ['MET'], entityKey: 'alpha', direction: 'BOTH', since: '2024-01-01', until: '2024-02-01' },
  { articleId: 'a1', minConfidence: 0.2, subjectKey: 'alpha' },
  { minConfidence: 0.2, since: '2024-01-01', until: '2024-12-31' },
];

const ENTITY_FILTERS: readonly EntityListFilter[] = [
  { type: null, search: null },
  { type: 'PERSON', search: null },
  { type: null, search: 'alp' },
  { type: 'GPE', search: 'alp' },
];

const ARTICLE_FILTERS: readonly ArticleListFilter[] = [
  { since: null, until: null, entityKey: null, search: null },
  { since: '2024-01-01', until: null, entityKey: null, search: 'alp' },
  { since: '2024-01-01', until: '2024-06-30', entityKey: null, search: null },
  { since: null, until: '2024-06-30', entityKey: null, search: null },
  { since: '2024-01-01', until: '2024-06-30', entityKey: 'alpha', search: 'alp' },
  { since: null, until: null, entityKey: 'alpha', search: null },
];

const SORTS: readonly RelationSort[] = ['KEY', 'CONFIDENCE', 'DATE'];

/** Every list shape's page and count statements, unique by text. */
export function listStatements(): Statement[] {
  const out = new Map<string, Statement>();
  const add = (l: { page: Statement; count: Statement }): void => {
    for (const s of [l.page, l.count]) out.set(S.statementText(s), s);
  };
  for (const f of FACT_FILTERS) {
    for (const sort of SORTS) {
      add(factList({ ...noFacts, ...f }, sort, null, 11));
      add(factList({ ...noFacts, ...f }, sort, { value: sort === 'DATE' ? '2024-01-02' : 0.5, key: 'f0' }, 11));
    }
  }
  for (const f of ENTITY_FILTERS) for (const after of [null, { mentionCount: 3, key: 'alpha' }]) add(entityList(f, after, 11));
  for (const f of ARTICLE_FILTERS) for (const after of [null, { sortDate: '2024-01-02', id: 'a1' }]) add(articleList(f, after, 11));
  return [...out.values()];
}

/** Read statements only (for EXPLAIN plan checks). */
export function readStatements(): Statement[] {
  const writes = new Set(['article.hashes', 'entity.add', 'article.add', 'fact.add', 'fact.retract', 'entity.retract', 'entity.reelect', 'entity.deleteOrphans', 'article.delete', 'admin.wipeAll']);
  return [...namedStatements().filter((s) => !writes.has(s.name)), ...listStatements()];
}

/** The parts a composed list statement is made of, read from its name `list.<family>[anchor|filters]:tail[:order]`. */
function listParts(name: string): string[] {
  const m = /^list\.(\w+)\[([\w.]+)(?:\|([\w,]+))?\]:(\w+)(?::([\w.]+))?$/.exec(name);
  if (!m) return [name];
  const [, family, anchor, filters, tail, order] = m;
  return [`${family}:${anchor}:${tail}:${order ?? ''}`, ...(filters ?? '').split(',').filter(Boolean).map((f) => `${family}:filter:${f}`)];
}

/**
 * A subset of listStatements() that still contains every anchor with every order and tail and
 * every filter fragment (greedy cover): what the offline Cypher checks need, since list
 * statements only put these parts together.
 */
export function coveringListStatements(): Statement[] {
  const all = listStatements();
  const covered = new Set<string>();
  const out: Statement[] = [];
  for (;;) {
    let best: Statement | null = null;
    let gain = 0;
    for (const s of all) {
      const g = listParts(s.name).filter((p) => !covered.has(p)).length;
      if (g > gain) [best, gain] = [s, g];
    }
    if (!best) return out;
    out.push(best);
    for (const p of listParts(best.name)) covered.add(p);
  }
}
