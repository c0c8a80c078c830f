/**
 * How many articles mention an entity, without listing them when the store knows the count:
 * a store that hands out entities with a lazily read `articleIds` (a hub is mentioned in
 * thousands of articles) records the count here, so `Entity.articleCount` costs no list read.
 * Any other entity object — a copy, or one whose `articleIds` was replaced — answers with its
 * list's length.
 */
import type { StoredEntity } from './types.js';

const counts = new WeakMap<StoredEntity, number>();

/** Records the article count of an entity whose `articleIds` is read on first access. */
export function withArticleCount<T extends StoredEntity>(entity: T, count: number): T {
  counts.set(entity, count);
  return entity;
}

/** Forgets a recorded count (the entity's `articleIds` was replaced). */
export function forgetArticleCount(entity: StoredEntity): void {
  counts.delete(entity);
}

export function articleCount(entity: StoredEntity): number {
  return counts.get(entity) ?? entity.articleIds.length;
}
