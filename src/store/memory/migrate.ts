/**
 * Upgrades an embedded data dir from data format 2 to 3: writes the format-3 records from the
 * format-2 ones (entity aggregates get internal ids and fact counts; facts and articles become
 * positional rows; texts and factArts stay as they are), builds the indexes, then drops the
 * format-2 sub-databases and writes the format number — last, in the same transaction. The
 * work is split into transactions of CHUNK records so a large store never needs one huge
 * transaction; a crash before the last one leaves format 2 and its records untouched, and the
 * next open starts the migration again from empty indexes.
 */
import type { Database, RootDatabase } from 'lmdb';
import { StoreError } from '../../errors.js';
import type { EntityType } from '../../model/types.js';
import { normalizeName } from '../../resolution/keys.js';
import { moveEntityEntries, putEntity, putFactEntries } from './indexEntries.js';
import { BUILT_BY_MIGRATION, COUNT, FORMAT, FORMAT2_ONLY, FORMAT_KEY, articleOrderKey, openDbs, type Dbs } from './layout.js';
import { articleRow, entityFromRow, entityType, factRow, type ArticleRec, type EntityAggV2, type FactAgg } from './records.js';

const CHUNK = 20_000;

/** Progress of a migration, for a caller that wants to show it. */
export interface MigrationProgress {
  phase: 'entities' | 'facts' | 'articles';
  done: number;
}

/** Runs `body` over every entry of `db` in key order, CHUNK entries per write transaction. */
function inChunks<K extends string | number, V>(root: RootDatabase, db: Database<V, K>, body: (key: K, value: V) => void, progress: (n: number) => void): void {
  let after: K | undefined;
  let done = 0;
  for (;;) {
    let n = 0;
    root.transactionSync(() => {
      const range = after === undefined ? { limit: CHUNK } : { start: after, exclusiveStart: true, limit: CHUNK };
      for (const { key, value } of db.getRange(range)) {
        body(key, value);
        after = key;
        n++;
      }
    });
    done += n;
    if (n > 0) progress(done);
    if (n < CHUNK) return;
  }
}

function addTo(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function migrateEntities(dbs: Dbs, old: Database<EntityAggV2, string>, counts: Map<string, number>, progress: (p: MigrationProgress) => void): number {
  let nextId = 0;
  inChunks(dbs.root, old, (_, agg) => {
    const id = nextId++;
    const type: EntityType = entityType(agg.typeMentions);
    putEntity(dbs, { ...agg, id, outFacts: 0, inFacts: 0, selfFacts: 0 });
    moveEntityEntries(dbs, id, agg.key, null, { mentionCount: agg.mentionCount, type, names: [...new Set(agg.aliasRefs.map(([a]) => normalizeName(a)))] });
    addTo(counts, COUNT.entities, 1);
    addTo(counts, COUNT.type(type), 1);
  }, (done) => progress({ phase: 'entities', done }));
  return nextId;
}

/** Adds the fact counts by direction to the entity rows, CHUNK per transaction. */
function writeDegrees(dbs: Dbs, degrees: Map<number, [number, number, number]>): void {
  const ids = [...degrees.keys()];
  for (let i = 0; i < ids.length; i += CHUNK) {
    dbs.root.transactionSync(() => {
      for (const id of ids.slice(i, i + CHUNK)) {
        const row = dbs.entityById.get(id);
        const [outFacts, inFacts, selfFacts] = degrees.get(id) as [number, number, number];
        if (row) putEntity(dbs, { ...entityFromRow(row), outFacts, inFacts, selfFacts });
      }
    });
  }
}

function migrateFacts(dbs: Dbs, old: Database<FactAgg, number>, counts: Map<string, number>, progress: (p: MigrationProgress) => void): number {
  let nextId = 0;
  const degrees = new Map<number, [number, number, number]>();
  const degree = (id: number): [number, number, number] => {
    let d = degrees.get(id);
    if (!d) degrees.set(id, (d = [0, 0, 0]));
    return d;
  };
  inChunks(dbs.root, old, (id, f) => {
    const s = dbs.entityIds.get([f.s]);
    const o = dbs.entityIds.get([f.o]);
    if (s === undefined || o === undefined) {
      throw new StoreError('STORE_ERROR', `migrating fact ${f.key}: expected its entities ${JSON.stringify(f.s)} and ${JSON.stringify(f.o)} in the format-2 store, found ${s === undefined ? f.s : f.o} missing`);
    }
    dbs.facts.putSync(id, factRow({ ...f, id }));
    putFactEntries(dbs, { id, key: f.key, p: f.p }, s, o);
    degree(s)[0]++;
    degree(o)[1]++;
    if (s === o) degree(s)[2]++;
    addTo(counts, COUNT.facts, 1);
    addTo(counts, COUNT.predicate(f.p.toUpperCase()), 1);
    nextId = Math.max(nextId, id + 1);
  }, (done) => progress({ phase: 'facts', done }));
  writeDegrees(dbs, degrees);
  return nextId;
}

function migrateArticles(dbs: Dbs, old: Database<ArticleRec, string>, counts: Map<string, number>, progress: (p: MigrationProgress) => void): number {
  let nextSeq = 0;
  inChunks(dbs.root, old, (dbKeyOfId, rec) => {
    dbs.articles.putSync(dbKeyOfId, articleRow(rec));
    for (const [key] of rec.entities) {
      const id = dbs.entityIds.get([key]);
      if (id !== undefined) dbs.mentions.putSync([id, rec.seq], rec.id);
    }
    dbs.articleOrder.putSync(articleOrderKey(rec.publishedAt, rec.id), rec.id);
    addTo(counts, COUNT.articles, 1);
    nextSeq = Math.max(nextSeq, rec.seq + 1);
  }, (done) => progress({ phase: 'articles', done }));
  return nextSeq;
}

/** Migrates an open, writable format-2 root (the caller holds the write lock). */
export function migrateFormat2(root: RootDatabase, progress: (p: MigrationProgress) => void = () => undefined): void {
  const dbs = openDbs(root);
  root.transactionSync(() => {
    for (const name of BUILT_BY_MIGRATION) dbs[name].clearSync();
  });
  const counts = new Map<string, number>();
  const nextEntityId = migrateEntities(dbs, root.openDB<EntityAggV2, string>('entities', { encoding: 'msgpack' }), counts, progress);
  const nextFactId = migrateFacts(dbs, root.openDB<FactAgg, number>('facts', { encoding: 'msgpack' }), counts, progress);
  const nextArticleSeq = migrateArticles(dbs, root.openDB<ArticleRec, string>('articles', { encoding: 'msgpack' }), counts, progress);
  root.transactionSync(() => {
    for (const [name, n] of counts) dbs.counters.putSync(name, n);
    dbs.counters.putSync(COUNT.nextEntityId, nextEntityId);
    dbs.counters.putSync(COUNT.nextFactId, nextFactId);
    dbs.counters.putSync(COUNT.nextArticleSeq, nextArticleSeq);
    dbs.counters.putSync(COUNT.generation, 1);
    for (const name of FORMAT2_ONLY) root.openDB(name, {}).dropSync();
    root.putSync(FORMAT_KEY, FORMAT);
  });
}
