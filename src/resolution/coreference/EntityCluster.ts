/** What within-article resolution produces: entities (clusters of mentions) with their roles. */
import type { EntityType } from '../../model/types.js';

export interface RoleFact {
  title: string;
  /** Entity the role is held in, or null when the text does not say. */
  of: number | null;
  leader: boolean;
  /** Token where the role is stated (for evidence). */
  token: number;
  /** True when only inferred from a description ("the North Korean leader"). */
  inferred: boolean;
  /** True when the owner is a demonym ("the Iranian director X"): nationality unless a state office. */
  viaDemonym?: boolean;
}

export interface EntityCluster {
  id: number;
  name: string;
  type: EntityType;
  strength: number;
  /** Surface forms, including the name. */
  forms: Map<string, number>;
  /** Mention indices, in text order. */
  mentions: number[];
  roles: RoleFact[];
  isThing: boolean;
  /** Country for gazetteer entities. */
  country?: string;
}

export interface Coreference {
  clusters: EntityCluster[];
  /** Mention index → cluster id, or -1 (unresolved pronouns, modifiers without entity …). */
  entityOf: Int32Array;
}
