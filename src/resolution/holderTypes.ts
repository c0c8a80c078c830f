/**
 * Roles are held by people and organisations: a role, leadership or employment fact whose
 * subject is a place, facility, event or thing comes from a misread clause ("Harold Pell, a
 * Democrat from Leeds who served 20 years in Parliament" is no Leeds HOLDS_ROLE Parliament).
 */
import type { EntityType } from '../model/types.js';
import type { RawRelation } from '../extraction/frames/RawRelation.js';
import type { Coreference } from './coreference/EntityCluster.js';

const ROLE_PREDICATES: ReadonlySet<string> = new Set(['HOLDS_ROLE', 'LEADER_OF', 'WORKS_FOR']);
const HOLDERS: ReadonlySet<EntityType> = new Set(['PERSON', 'ORGANIZATION']);

export function withPossibleHolders(facts: readonly RawRelation[], coref: Coreference): RawRelation[] {
  return facts.filter((f) => {
    if (!ROLE_PREDICATES.has(f.predicate) || !('cluster' in f.subject)) return true;
    return HOLDERS.has(coref.clusters[f.subject.cluster]!.type);
  });
}
