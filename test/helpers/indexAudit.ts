/**
 * Checks that every LMDB index of an embedded data dir (format 3) says exactly what the
 * aggregates and records say: each entity, fact and article is indexed once under its
 * current values, no index holds an entry for anything else, and the counters match.
 * Returns the problems found (empty when consistent).
 */
import { open } from 'lmdb';
import { normalizeName } from '../../src/resolution/keys.js';
import { AS_OBJECT, AS_SUBJECT, COUNT, FORMAT_KEY, MAX_DBS, PREDICATE_COUNTS, openDbs, typeIndex } from '../../src/store/memory/layout.js';
import { decodeNode } from '../../src/store/memory/nodeRecord.js';
import { articleFromRow, entityFromRow, entityType, factFromRow, type EntityAgg, type FactAgg } from '../../src/store/memory/records.js';

const show = (v: unknown): string => JSON.stringify(v);

function countOf<T>(items: Iterable<T>): number {
  let n = 0;
  for (const _ of items) n++;
  return n;
}

export async function auditIndexes(dir: string): Promise<string[]> {
  const root = open({ path: dir, maxDbs: MAX_DBS, readOnly: true });
  const problems: string[] = [];
  const expect = (ok: boolean, what: string): void => void (ok || problems.push(what));
  try {
    expect(root.get(FORMAT_KEY) === 3, `format ${show(root.get(FORMAT_KEY))}`);
    const dbs = openDbs(root);
    const entities: EntityAgg[] = [...dbs.entityById.getRange()].map((e) => entityFromRow(e.value));
    const facts: FactAgg[] = [...dbs.facts.getRange()].map((e) => factFromRow(e.value));
    const idOf = new Map(entities.map((e) => [e.key, e.id]));
    const typeCounts = new Map<string, number>();
    let names = 0;
    let mentions = 0;
    for (const e of entities) {
      const type = entityType(e.typeMentions);
      typeCounts.set(type, (typeCounts.get(type) ?? 0) + 1);
      expect(dbs.entityIds.get([e.key]) === e.id, `entityIds of ${e.key}`);
      const node = dbs.nodes.get(e.id);
      expect(node !== undefined && show(decodeNode(node)) === show({ mentionCount: e.mentionCount, degree: e.outFacts + e.inFacts - e.selfFacts, key: e.key }), `nodes of ${e.key}`);
      expect(dbs.entityOrder.get([e.mentionCount, e.key]) === e.id, `entityOrder of ${e.key}`);
      expect(dbs.typeOrder.get([typeIndex(type), e.mentionCount, e.key]) === e.id, `typeOrder of ${e.key}`);
      const own = new Set(e.aliasRefs.map(([a]) => normalizeName(a)));
      names += own.size;
      for (const n of own) expect(dbs.names.get([n, e.id]) !== undefined, `names ${show(n)} of ${e.key}`);
      const m = countOf(dbs.mentions.getRange({ start: [e.id], end: [e.id + 1] }));
      mentions += m;
      expect(m === e.articleCount, `mentions of ${e.key}: ${m}, articleCount ${e.articleCount}`);
      const flags = [...dbs.pairs.getRange({ start: [e.id], end: [e.id + 1] })].map((p) => p.value[1]);
      expect(flags.filter((f) => (f & AS_SUBJECT) !== 0).length === e.outFacts, `outFacts of ${e.key}`);
      expect(flags.filter((f) => (f & AS_OBJECT) !== 0).length === e.inFacts, `inFacts of ${e.key}`);
    }
    const predCounts = new Map<string, number>();
    let pairEntries = 0;
    for (const f of facts) {
      const [s, o, P] = [idOf.get(f.s), idOf.get(f.o), f.p.toUpperCase()];
      predCounts.set(P, (predCounts.get(P) ?? 0) + 1);
      expect(s !== undefined && o !== undefined, `entities of fact ${f.key}`);
      expect(dbs.factKeys.get([f.key]) === f.id, `factKeys of ${f.key}`);
      expect(dbs.byPredicate.get([P, f.key]) === f.id, `byPredicate of ${f.key}`);
      const self = s === o;
      expect(dbs.pairs.doesExist([s ?? -1, o ?? -1], [f.id, self ? AS_SUBJECT | AS_OBJECT : AS_SUBJECT, f.key, P]), `pairs of ${f.key}`);
      if (!self) expect(dbs.pairs.doesExist([o ?? -1, s ?? -1], [f.id, AS_OBJECT, f.key, P]), `reverse pair of ${f.key}`);
      pairEntries += s === o ? 1 : 2;
    }
    const articles = [...dbs.articles.getRange()].map((e) => articleFromRow(e.value));
    for (const a of articles) expect(dbs.articleOrder.get(a.publishedAt === null ? [1, '', a.id] : [0, a.publishedAt, a.id]) === a.id, `articleOrder of ${a.id}`);
    // nothing else in any index
    const sizes: [string, number, number][] = [
      ['entityIds', dbs.entityIds.getCount({ start: [] }), entities.length],
      ['nodes', dbs.nodes.getCount(), entities.length],
      ['entityOrder', dbs.entityOrder.getCount({ start: [] }), entities.length],
      ['typeOrder', dbs.typeOrder.getCount({ start: [] }), entities.length],
      ['names', dbs.names.getCount({ start: [] }), names],
      ['mentions', dbs.mentions.getCount({ start: [] }), mentions],
      ['factKeys', dbs.factKeys.getCount({ start: [] }), facts.length],
      ['byPredicate', dbs.byPredicate.getCount({ start: [] }), facts.length],
      ['pairs', dbs.pairs.getCount({ start: [] }), pairEntries],
      ['articleOrder', dbs.articleOrder.getCount({ start: [] }), articles.length],
      ['counter entities', dbs.counters.get(COUNT.entities) ?? 0, entities.length],
      ['counter facts', dbs.counters.get(COUNT.facts) ?? 0, facts.length],
      ['counter articles', dbs.counters.get(COUNT.articles) ?? 0, articles.length],
    ];
    for (const [name, found, wanted] of sizes) expect(found === wanted, `${name}: ${found} entries, expected ${wanted}`);
    for (const [type, n] of typeCounts) expect((dbs.counters.get(COUNT.type(type as never)) ?? 0) === n, `counter type ${type}`);
    const storedPreds = [...dbs.counters.getRange({ ...PREDICATE_COUNTS })].filter((e) => e.value > 0);
    expect(storedPreds.length === predCounts.size && storedPreds.every((e) => predCounts.get(e.key.slice(5)) === e.value), `predicate counters ${show(storedPreds)}`);
    const maxId = (xs: { id: number }[]): number => xs.reduce((m, x) => Math.max(m, x.id + 1), 0);
    expect((dbs.counters.get(COUNT.nextEntityId) ?? 0) >= maxId(entities), 'nextEntityId');
    expect((dbs.counters.get(COUNT.nextFactId) ?? 0) >= maxId(facts), 'nextFactId');
  } finally {
    await root.close();
  }
  return problems;
}
