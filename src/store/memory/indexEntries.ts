/**
 * The index entries (layout.ts) of one fact and of one entity, written and removed the same
 * way by write transactions (WriteTxn) and by the format-2 upgrade (migrate).
 */
import type { EntityType } from '../../model/types.js';
import { AS_OBJECT, AS_SUBJECT, entityOrderKey, typeOrderKey, type Dbs, type Key } from './layout.js';
import { encodeNode } from './nodeRecord.js';
import { entityDegree, entityRow, type EntityAgg, type PairFact } from './records.js';

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
export function putFactEntries(dbs: Dbs, f: IndexedFact, subject: number, object: number): void {
  dbs.factKeys.putSync([f.key], f.id);
  dbs.byPredicate.putSync([f.p.toUpperCase(), f.key], f.id);
  for (const [key, value] of pairEntries(f, subject, object)) dbs.pairs.putSync(key, value);
}

export function removeFactEntries(dbs: Dbs, f: IndexedFact, subject: number, object: number): void {
  dbs.factKeys.removeSync([f.key]);
  dbs.byPredicate.removeSync([f.p.toUpperCase(), f.key]);
  for (const [key, value] of pairEntries(f, subject, object)) dbs.pairs.removeSync(key, value);
}

/** Writes an entity's row and its traversal record. */
export function putEntity(dbs: Dbs, agg: EntityAgg): void {
  dbs.entityById.putSync(agg.id, entityRow(agg));
  dbs.nodes.putSync(agg.id, encodeNode({ mentionCount: agg.mentionCount, degree: entityDegree(agg), key: agg.key }));
}

export function removeEntity(dbs: Dbs, id: number): void {
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
export function moveEntityEntries(dbs: Dbs, id: number, key: string, before: IndexedEntity | null, after: IndexedEntity | null): void {
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
