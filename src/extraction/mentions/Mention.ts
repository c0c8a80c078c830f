/** The mention record and the types mention finding reads and returns. */
import type { EntityType } from '../../model/types.js';
import type { GazetteerKind } from '../gazetteer.js';
import type { WorkCounter } from '../WorkCounter.js';

export type MentionKind = 'name' | 'gazetteer' | 'thing' | 'pronoun' | 'description' | 'reference';

/** How sure the type guess is: 3 = lexical evidence, 2 = context cue, 1 = default guess. */
export type TypeStrength = 1 | 2 | 3;

export interface RoleLink {
  /** The role words as written ("President", "Chief Cabinet Secretary"). */
  title: string;
  /** Mention index of the country/organisation the role is held in, if stated. */
  of: number | null;
  leader: boolean;
}

export interface Mention {
  index: number;
  /** Token range [start, end). */
  start: number;
  end: number;
  sentence: number;
  /** Surface text of the mention. */
  text: string;
  /** Name used for clustering and display (canonical for gazetteer and things). */
  name: string;
  type: EntityType;
  strength: TypeStrength;
  kind: MentionKind;
  /** Gazetteer information when the mention is a country, capital or demonym. */
  gazetteer?: { kind: GazetteerKind; country: string };
  /** True for mentions that only modify another (demonyms, role owners in titles). */
  modifier: boolean;
  role?: RoleLink;
  /** Lemma of the head noun (things, references, descriptions). */
  head?: string;
  /** For pronouns: the pronoun in lower case. */
  pronoun?: string;
  /** Mention index of the possessor ("Russia's Vostochny Cosmodrome" → Russia). */
  possessor?: number;
  /** Mention index of a demonym before a person's name ("the Ethiopian Dawit Alemu"). */
  nationality?: number;
  /** Common noun describing a name where it is introduced ("the probe Vela-3", "Acme, a Lisbon firm") → "probe"/"firm". */
  descriptor?: string;
  /** A title in quotation marks ("The Salt Road"): the name of a work. */
  quotedTitle?: boolean;
  /** A fuller way the text names it: a surname with its title ("President Lincoln"), a town with its state ("Bethany, Conn."). */
  fullForm?: string;
}

export interface AliasLink {
  a: number;
  b: number;
}

export interface MentionResult {
  mentions: Mention[];
  /** Pairs of mentions the text says name the same thing (acronym definitions, "known as"). */
  aliases: AliasLink[];
}

/** What mention finding reads besides the text. */
export interface MentionOptions {
  title?: string | null;
  work?: WorkCounter;
  /** Whether a word is a listed first name (the entity model's list; none without it). */
  isFirstName?: (word: string) => boolean;
}
