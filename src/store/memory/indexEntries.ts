/**
 * The index entries (layout.ts) of one fact and of one entity, written and removed the same
 * way by write transactions (WriteTxn) and by the format-2 upgrade (migrate).
 */
import type { EntityType } from '../../model/types.js';
import { IN, OUT, entityOrderKey, typeOrderKey, type Dbs } from './layout.js';

export interface IndexedFact {
  id: number;
  key: string;
  p: string;
}

/** factKeys, byPredicate, entityFacts (both ends) and pairs (both directions; a self-loop once). */
export function putFactEntries(dbs: Dbs, f: IndexedFact, subject: number, object: number): void {
  const P = f.p.toUpperCase();
  dbs.factKeys.putSync([f.key], f.id);
  dbs.byPredicate.putSync([P, f.key], f.id);
  dbs.entityFacts.putSync([subject, OUT, f.key], [f.id, P]);
  dbs.entityFacts.putSync([object, IN, f.key], [f.id, P]);
  dbs.pairs.putSync([subject, object], f.id);
  if (subject !== object) dbs.pairs.putSync([object, subject], f.id);
}

export function removeFactEntries(dbs: Dbs, f: IndexedFact, subject: number, object: number): void {
  const P = f.p.toUpperCase();
  dbs.factKeys.removeSync([f.key]);
  dbs.byPredicate.removeSync([P, f.key]);
  dbs.entityFacts.removeSync([subject, OUT, f.key]);
  dbs.entityFacts.removeSync([object, IN, f.key]);
  dbs.pairs.removeSync([subject, object], f.id);
  if (subject !== object) dbs.pairs.removeSync([object, subject], f.id);
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
