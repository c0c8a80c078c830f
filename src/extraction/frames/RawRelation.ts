/** What relation frames produce: raw facts over entity clusters, before merging and calibration. */
import type { EntityType, Modality } from '../../model/types.js';
import type { WorkCounter } from '../WorkCounter.js';

/** An argument: an entity cluster, or a common-noun thing named by the frame ("economic aid"). */
export type Argument = { cluster: number } | { thing: string; type: EntityType };

export interface RawRelation {
  subject: Argument;
  object: Argument;
  predicate: string;
  verb: string;
  qualifiers: Record<string, string>;
  confidence: number;
  /** Sentence index (evidence). */
  sentence: number;
  negated: boolean;
  modality: Modality;
}

export interface RelationOptions {
  publishedAt: string | null;
  /** The headline: common nouns it shares with the text mark what the story is about. */
  title?: string | null;
  /** Counts the work of the hot loops (tests of linear growth). */
  work?: WorkCounter;
  /** Pronouns already resolved over the dependency trees (mention index → entity), taken as given. */
  pronouns?: ReadonlyMap<number, number>;
}
