/** The state of one sentence span while its verb frames are read. */
import type { Sentence } from '../../nlp/nlp.js';
import type { RawRelation } from './RawRelation.js';
import type { RelationContext } from './RelationContext.js';

/** A verb read with its arguments. */
export interface Frame {
  verb: number;
  groupStart: number;
  subjects: number[];
  /** Subjects found left of the verb, before any passive turn-around. */
  leftSubjects: number[];
  /** The grammatical subject (the patient of a passive). */
  gramSubject: number;
  speech: boolean;
  speaker: number;
  hasObject: boolean;
  /** True when the verb takes an object and an infinitive whose subject is that object ("allow X to"). */
  objectControl?: boolean;
  /** The first entity object, or -1. */
  object?: number;
  /** A participle modifying the noun before it, with a by-agent ("a vaccine developed by X"). */
  reduced?: boolean;
}

/** A fact a verb frame found, with its verb's token (for reported-speech attribution). */
export interface FrameFact {
  rel: RawRelation;
  verb: number;
}

export interface Clause {
  readonly ctx: RelationContext;
  readonly span: Sentence;
  /** The frames read so far, in order (a control verb's frame is dropped once its infinitive is read). */
  readonly frames: Frame[];
  /** The span's main verbs. */
  readonly verbSet: ReadonlySet<number>;
  /** The facts found so far. */
  readonly found: FrameFact[];
}
