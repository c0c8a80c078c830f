import { PREDICATES } from '../extraction/predicates.js';
import type { PredicateCount } from '../store/GraphStore.js';

export interface PredicateInfo {
  predicate: string;
  description: string | null;
  symmetric: boolean;
  count: number;
}

/**
 * The extractor's predicate ontology joined with the store's counts: every canonical
 * predicate (count 0 when unused) plus any stored predicate outside the ontology; most used
 * first, then by name.
 */
export function predicateOntology(counts: readonly PredicateCount[]): PredicateInfo[] {
  const byName = new Map<string, PredicateInfo>();
  for (const d of PREDICATES) {
    byName.set(d.predicate, { predicate: d.predicate, description: d.description, symmetric: d.symmetric === true, count: 0 });
  }
  for (const c of counts) {
    const known = byName.get(c.predicate);
    if (known) known.count = c.count;
    else byName.set(c.predicate, { predicate: c.predicate, description: null, symmetric: false, count: c.count });
  }
  return [...byName.values()].sort((a, b) => b.count - a.count || (a.predicate < b.predicate ? -1 : a.predicate > b.predicate ? 1 : 0));
}
