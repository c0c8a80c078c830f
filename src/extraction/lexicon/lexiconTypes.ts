/**
 * The shapes of the predicate lexicon after validation (see predicates.json). Raw JSON is
 * checked by validateLexicon; everything downstream works on these readonly types.
 */

export const LEXICON_ENTITY_TYPES = [
  'PERSON', 'ORGANIZATION', 'GPE', 'LOCATION', 'FACILITY', 'WEAPON', 'VEHICLE', 'EVENT', 'WORK', 'PRODUCT', 'OTHER',
] as const;
export type LexiconEntityType = (typeof LEXICON_ENTITY_TYPES)[number];

export const TRIGGER_POS = ['VERB', 'NOUN'] as const;
export type TriggerPos = (typeof TRIGGER_POS)[number];

/**
 * How a frame treats passive clauses:
 * - `standard`: applies in both voices; in the passive the by-agent takes the place of `nsubj`
 *   and `nsubj:pass` the place of `obj` ("Y was acquired by X" → X ACQUIRE Y).
 * - `none`: applies to active clauses only.
 * - `only`: applies to passive clauses only; its roles are written in passive terms
 *   ("X was born in Y": subject nsubj:pass, object obl:in).
 */
export const PASSIVE_MODES = ['standard', 'none', 'only'] as const;
export type PassiveMode = (typeof PASSIVE_MODES)[number];

/** Universal Dependencies relations an argument can fill; `agent` is the by-phrase of a passive. */
export type ArgumentDep = 'nsubj' | 'nsubj:pass' | 'agent' | 'obj' | 'iobj' | 'obl' | 'nmod' | 'nmod:poss';

/** One syntactic argument: a dependency of the trigger, with its case word for obl/nmod. */
export interface ArgumentRole {
  readonly dep: ArgumentDep;
  /** The preposition (case dependent) for `obl` and `nmod`: obl:in → {dep: 'obl', case: 'in'}. */
  readonly case?: string;
}

/** Which syntactic argument becomes the relation's subject and which its object. */
export interface FrameRoles {
  readonly subject: ArgumentRole;
  readonly object: ArgumentRole;
}

/** Cues that select a sense; every cue a frame states must hold for the frame to apply. */
export interface SenseCues {
  /** Entity types the relation's subject must have. */
  readonly subjectTypes?: readonly LexiconEntityType[];
  /** Entity types the relation's object must have. */
  readonly objectTypes?: readonly LexiconEntityType[];
  /** Head lemma of the predicative complement (xcomp) or, without one, of the direct object. */
  readonly objectLemmas?: readonly string[];
}

/** Where a frame applies: trigger lemma, part of speech, particle, object preposition, voice. */
export interface FrameKey extends SenseCues {
  readonly lemma: string;
  readonly pos: TriggerPos;
  readonly particle?: string;
  readonly prep?: string;
  readonly passive: PassiveMode;
  /** Other lemmas wink gives for forms of this word ("co-founded" for co-found). */
  readonly variants: readonly string[];
}

export interface TriggerFrame extends FrameKey {
  /** Roles in active terms (standard/none) or passive terms (only); defaults filled in. */
  readonly roles: FrameRoles;
  readonly confidencePrior?: number;
}

export interface PredicateEntry {
  readonly predicate: string;
  readonly description: string;
  readonly symmetric: boolean;
  /** The converse predicate: P(x, y) holds exactly when inverse(y, x) does. */
  readonly inverse?: string;
  /** Kept so stored graphs stay valid; new facts use this predicate instead. */
  readonly supersededBy?: string;
  /** Produced by structural rules (aliases, appositions), not by a trigger word. */
  readonly structural: boolean;
  readonly triggers: readonly TriggerFrame[];
}

/** A sense that yields no lexicon predicate ("ran in Birmingham" is not LEADER_OF). */
export interface BlockedFrame extends FrameKey {
  readonly reason: string;
}

/** A verb that passes an event noun object on: "hold talks", "carry out a raid". */
export interface LightVerbEntry {
  readonly lemma: string;
  readonly particle?: string;
  /** Other lemmas wink gives for forms of the verb ("staged" → "stag"). */
  readonly variants: readonly string[];
}

/** A role or kinship noun: "X, chief executive of Y" / "Y's president X" → predicate. */
export interface RoleNounEntry {
  readonly lemma: string;
  readonly predicate: string;
  readonly objectTypes?: readonly LexiconEntityType[];
  /** Modifier lemmas (amod/compound) that select this sense: "prime" minister → LEADER_OF. */
  readonly modifierLemmas?: readonly string[];
}

export const MODALITIES = [
  'possible', 'probable', 'future', 'hypothetical', 'obligation', 'planned', 'expected', 'desired',
  'attempted', 'threatened', 'proposed', 'considered', 'promised', 'alleged', 'reported',
] as const;
export type Modality = (typeof MODALITIES)[number];

export const MODALITY_SECTIONS = ['modals', 'verbs', 'adverbs', 'adjectives'] as const;
export type ModalitySection = (typeof MODALITY_SECTIONS)[number];

export interface SpeechCues {
  readonly verbs: readonly string[];
  readonly nouns: readonly string[];
  readonly phrases: readonly string[];
}

export interface NegationCues {
  /** Negators in the clause: not, never, no … */
  readonly particles: readonly string[];
  /** Verbs that deny their complement clause: "denied that he met Y". */
  readonly denialVerbs: readonly string[];
  /** Verbs whose complement event does not happen: "failed to reach", "cancelled the meeting". */
  readonly failureVerbs: readonly string[];
  /** Verbs that deny a claim noun's content: "rejected allegations that …". */
  readonly rejectionVerbs: readonly string[];
  readonly claimNouns: readonly string[];
}

export type ModalityCues = { readonly [S in ModalitySection]: ReadonlyMap<string, Modality> };

export interface LexiconData {
  readonly version: number;
  readonly predicates: readonly PredicateEntry[];
  readonly blocked: readonly BlockedFrame[];
  readonly lightVerbs: readonly LightVerbEntry[];
  readonly roleNouns: readonly RoleNounEntry[];
  readonly speech: SpeechCues;
  readonly negation: NegationCues;
  readonly modality: ModalityCues;
}
