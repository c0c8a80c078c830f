/**
 * Indexes over the name clusters' forms (linear clustering): name key → cluster, initials of
 * multi-word forms → lowest cluster id, content word → clusters holding it (ascending ids).
 */
import type { EntityCluster } from './EntityCluster.js';
import { initials, nameKey, nameTokens } from './nameKey.js';

export interface NameIndex {
  readonly byKey: Map<string, EntityCluster>;
  readonly byInitials: Map<string, EntityCluster>;
  readonly byWord: Map<string, { list: EntityCluster[]; seen: Set<EntityCluster> }>;
}

export function newNameIndex(): NameIndex {
  return { byKey: new Map(), byInitials: new Map(), byWord: new Map() };
}

/** Indexes a form newly added to cluster `c`. */
export function indexForm(ix: NameIndex, c: EntityCluster, form: string): void {
  const key = nameKey(form);
  if (!ix.byKey.has(key)) ix.byKey.set(key, c);
  if (form.includes(' ')) {
    const ini = initials(form);
    const prev = ix.byInitials.get(ini);
    if (!prev || prev.id > c.id) ix.byInitials.set(ini, c);
  }
  for (const w of new Set(nameTokens(form))) {
    const entry = ix.byWord.get(w);
    if (!entry) ix.byWord.set(w, { list: [c], seen: new Set([c]) });
    else if (!entry.seen.has(c)) {
      entry.seen.add(c);
      entry.list.push(c);
    }
  }
}
