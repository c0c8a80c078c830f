/**
 * The index entries (layout.ts) of one fact and of one entity, written and removed the same
 * way by write transactions (WriteTxn) and by the format-2 upgrade (migrate).
 */
import type { Database } from 'lmdb';
import type { EntityType } from '../../model/types.js';
import { AS_OBJECT, AS_SUBJECT, CODECS, entityOrderKey, typeOrderKey, type Dbs, type Key } from './layout.js';
import { encodeNode } from './nodeRecord.js';
import { entityDegree, entityRow, type EntityAgg, type PairFact } from './records.js';
import { SortedWrites, orderOf, type Writes } from './sortedWrites.js';

/** The sub-databases these helpers write. */
export const INDEXED = ['entityIds', 'entityOrder', 'typeOrder', 'names', 'factKeys', 'byPredicate', 'pairs', 'entityById', 'nodes'] as const;

type WritesOf<D> = D extends Database<infer V, infer K> ? Writes<K, V> : never;

/** Where the helpers write: the sub-databases themselves (migration) or key-ordered buffers (WriteTxn). */
export type IndexWrites = { [N in (typeof INDEXED)[number]]: WritesOf<Dbs[N]> };

export interface IndexedFact {
  id: number;
  key: string;
  p: string;
}

/** The `pairs` entries of a fact: both directions, a self-loop once. */
function pairEntries(f: IndexedFact, subject: number, object: number): [Key, PairFact][] {
  const P = f.p.toUpperCase();
  if (subject === object) return [[[subject, subject], [f.id, AS_SUBJECT | AS_OBJECT, f.key, P]]];
  return [
    [[subject, object], [f.id, AS_SUBJECT, f.key, P]],
    [[object, subject], [f.id, AS_OBJECT, f.key, P]],
  ];
}

/** factKeys, byPredicate and pairs. */
export function putFactEntries(dbs: IndexWrites, f: IndexedFact, subject: number, object: number): void {
  dbs.factKeys.putSync([f.key], f.id);
  dbs.byPredicate.putSync([f.p.toUpperCase(), f.key], f.id);
  for (const [key, value] of pairEntries(f, subject, object)) dbs.pairs.putSync(key, value);
}

export function removeFactEntries(dbs: IndexWrites, f: IndexedFact, subject: number, object: number): void {
  dbs.factKeys.removeSync([f.key]);
  dbs.byPredicate.removeSync([f.p.toUpperCase(), f.key]);
  for (const [key, value] of pairEntries(f, subject, object)) dbs.pairs.removeSync(key, value);
}

/** Writes an entity's row and its traversal record. */
export function putEntity(dbs: IndexWrites, agg: EntityAgg): void {
  dbs.entityById.putSync(agg.id, entityRow(agg));
  dbs.nodes.putSync(agg.id, encodeNode({ mentionCount: agg.mentionCount, degree: entityDegree(agg), key: agg.key }));
}

export function removeEntity(dbs: IndexWrites, id: number): void {
  dbs.entityById.removeSync(id);
  dbs.nodes.removeSync(id);
}

/** What the entity indexes hold for one entity. */
export interface IndexedEntity {
  mentionCount: number;
  type: EntityType;
  /** Normalised names and aliases. */
  names: string[];
}

/** Moves an entity's index entries from `before` (null: new) to `after` (null: gone). */
export function moveEntityEntries(dbs: IndexWrites, id: number, key: string, before: IndexedEntity | null, after: IndexedEntity | null): void {
  const moved = (b: IndexedEntity, a: IndexedEntity | null): boolean => !a || a.mentionCount !== b.mentionCount;
  if (!before && after) dbs.entityIds.putSync([key], id);
  if (before && !after) dbs.entityIds.removeSync([key]);
  if (before && moved(before, after)) dbs.entityOrder.removeSync(entityOrderKey(before.mentionCount, key));
  if (after && (!before || moved(before, after))) dbs.entityOrder.putSync(entityOrderKey(after.mentionCount, key), id);
  const retyped = before && (moved(before, after) || before.type !== after?.type);
  if (before && retyped) dbs.typeOrder.removeSync(typeOrderKey(before.type, before.mentionCount, key));
  if (after && (!before || retyped)) dbs.typeOrder.putSync(typeOrderKey(after.type, after.mentionCount, key), id);
  const oldNames = before?.names ?? [];
  const newNames = after?.names ?? [];
  for (const n of oldNames) if (!newNames.includes(n)) dbs.names.removeSync([n, id]);
  for (const n of newNames) if (!oldNames.includes(n)) dbs.names.putSync([n, id], 1);
}

/** Key-ordered buffers (sortedWrites.ts) for every sub-database the helpers write; `apply` writes them all. */
export function sortedIndexWrites(dbs: Dbs): IndexWrites & { apply(): void } {
  const sorted = {
    entityIds: new SortedWrites(dbs.entityIds, orderOf(CODECS.entityIds)),
    entityOrder: new SortedWrites(dbs.entityOrder, orderOf(CODECS.entityOrder)),
    typeOrder: new SortedWrites(dbs.typeOrder, orderOf(CODECS.typeOrder)),
    names: new SortedWrites(dbs.names, orderOf(CODECS.names)),
    factKeys: new SortedWrites(dbs.factKeys, orderOf(CODECS.factKeys)),
    byPredicate: new SortedWrites(dbs.byPredicate, orderOf(CODECS.byPredicate)),
    pairs: new SortedWrites(dbs.pairs, orderOf(CODECS.pairs)),
    entityById: new SortedWrites(dbs.entityById, orderOf<number>()),
    nodes: new SortedWrites(dbs.nodes, orderOf<number>()),
  } satisfies IndexWrites;
  return {
    ...sorted,
    apply: () => {
      for (const name of INDEXED) sorted[name].apply();
    },
  };
}
