import { readFileSync } from 'node:fs';
import { LexiconError } from './LexiconError.js';
import { frameKey, specificity } from './frameConflicts.js';
import { defaultRoles } from './readFrames.js';
import type {
  ArgumentRole, BlockedFrame, FrameKey, FrameRoles, LexiconData, LexiconEntityType, Modality,
  ModalitySection, PredicateEntry, RoleNounEntry, TriggerFrame, TriggerPos,
} from './lexiconTypes.js';
import { validateLexicon } from './validateLexicon.js';

/**
 * One trigger occurrence in a tree, described by what the rules see. Types and lemmas are
 * those of syntactic arguments; the lexicon maps them onto relation roles itself:
 * - `subjectType`: the clause's grammatical subject (nsubj; nsubj:pass in a passive), or for a
 *   NOUN trigger its possessor / the light verb's subject;
 * - `objectType`: the other argument considered: the object of `prep` when given, else the obj
 *   (active) or the by-agent (passive); for a NOUN trigger its `of` object;
 * - `objectLemma`: head lemma of the predicative complement (xcomp: "made an OBE", "found
 *   guilty") or, without one, of the direct object ("took part in").
 */
export interface LexiconQuery {
  lemma: string;
  pos: TriggerPos;
  particle?: string;
  /** Case word of the argument considered as object; "of" on a NOUN is the default (omit it). */
  prep?: string;
  passive?: boolean;
  subjectType?: LexiconEntityType;
  objectType?: LexiconEntityType;
  objectLemma?: string;
}

export interface LexiconMatch {
  predicate: string;
  description: string;
  symmetric: boolean;
  inverse?: string;
  /** Roles for the query's voice: in a passive, `agent` and `nsubj:pass` where they apply. */
  roles: FrameRoles;
  confidencePrior?: number;
}

/** What a query means: a predicate, a sense known to yield none, or nothing the lexicon knows. */
export type LexiconSense =
  | { kind: 'predicate'; match: LexiconMatch }
  | { kind: 'blocked'; reason: string }
  | { kind: 'unknown' };

export interface RoleNounQuery {
  lemma: string;
  objectType?: LexiconEntityType;
  /** Lemmas of the noun's amod/compound modifiers ("prime" in "prime minister"). */
  modifierLemmas?: readonly string[];
}

export interface RoleNounMatch {
  predicate: string;
  symmetric: boolean;
  /** The role word itself, for the fact's verb/role qualifier. */
  role: string;
}

type Indexed = { frame: TriggerFrame; entry: PredicateEntry } | { frame: BlockedFrame; entry: null };

const PASSIVE_OF: Partial<Record<ArgumentRole['dep'], ArgumentRole>> = { nsubj: { dep: 'agent' }, obj: { dep: 'nsubj:pass' } };

/** Roles of a frame in the query's voice, or null when the frame does not apply to it. */
function rolesInVoice(frame: FrameKey, roles: FrameRoles, passive: boolean): FrameRoles | null {
  if (frame.pos === 'NOUN') return roles;
  if (frame.passive === 'only') return passive ? roles : null;
  if (!passive) return roles;
  if (frame.passive === 'none') return null;
  return { subject: PASSIVE_OF[roles.subject.dep] ?? roles.subject, object: PASSIVE_OF[roles.object.dep] ?? roles.object };
}

/** Which query field describes the argument filling a role. */
function typeOfRole(role: ArgumentRole, q: LexiconQuery): LexiconEntityType | undefined {
  return role.dep === 'nsubj' || role.dep === 'nsubj:pass' || role.dep === 'nmod:poss' ? q.subjectType : q.objectType;
}

function allows<T>(cue: readonly T[] | undefined, value: T | undefined): boolean {
  return cue === undefined || (value !== undefined && cue.includes(value));
}

function cuesHold(frame: FrameKey, roles: FrameRoles, q: LexiconQuery): boolean {
  return allows(frame.subjectTypes, typeOfRole(roles.subject, q))
    && allows(frame.objectTypes, typeOfRole(roles.object, q))
    && allows(frame.objectLemmas, q.objectLemma?.toLowerCase());
}

/**
 * The predicate lexicon: trigger frames (verb or event noun → canonical predicate, argument
 * roles, symmetry) plus light verbs, role nouns and speech, negation and modality cues. Built
 * from validated data; every lookup is a map access plus a scan of a few frames.
 */
export class PredicateLexicon {
  readonly data: LexiconData;
  private readonly frames = new Map<string, Indexed[]>();
  private readonly byName = new Map<string, PredicateEntry>();
  private readonly triggers = new Set<string>();

  constructor(data: LexiconData) {
    this.data = data;
    for (const entry of data.predicates) {
      this.byName.set(entry.predicate, entry);
      for (const frame of entry.triggers) this.index({ frame, entry });
    }
    for (const frame of data.blocked) this.index({ frame, entry: null });
  }

  private index(item: Indexed): void {
    for (const lemma of [item.frame.lemma, ...item.frame.variants]) {
      this.triggers.add(`${item.frame.pos} ${lemma}`);
      const key = frameKey(item.frame.pos, lemma, item.frame.particle, item.frame.prep);
      this.frames.set(key, [...(this.frames.get(key) ?? []), item]);
    }
  }

  /** Whether some frame (a predicate's or a blocked one) is triggered by this lemma. */
  hasTrigger(lemma: string, pos: TriggerPos): boolean {
    return this.triggers.has(`${pos} ${lemma.toLowerCase()}`);
  }

  /** What the trigger means in this context; the most specific applicable frame decides. */
  senseOf(q: LexiconQuery): LexiconSense {
    const prep = q.pos === 'NOUN' && q.prep === 'of' ? undefined : q.prep?.toLowerCase();
    const key = frameKey(q.pos, q.lemma.toLowerCase(), q.particle?.toLowerCase(), prep);
    let best: { item: Indexed; roles: FrameRoles; score: number } | null = null;
    for (const item of this.frames.get(key) ?? []) {
      const base = item.entry ? item.frame.roles : defaultRoles(item.frame.pos, item.frame.prep);
      const roles = rolesInVoice(item.frame, base, q.passive === true);
      if (roles === null || !cuesHold(item.frame, roles, q)) continue;
      const score = specificity(item.frame);
      if (best === null || score > best.score) best = { item, roles, score };
    }
    if (best === null) return { kind: 'unknown' };
    const { item, roles } = best;
    if (item.entry === null) return { kind: 'blocked', reason: item.frame.reason };
    const { predicate, description, symmetric, inverse } = item.entry;
    const match: LexiconMatch = { predicate, description, symmetric, roles };
    if (inverse !== undefined) match.inverse = inverse;
    if (item.frame.confidencePrior !== undefined) match.confidencePrior = item.frame.confidencePrior;
    return { kind: 'predicate', match };
  }

  /** The predicate a trigger expresses here, or null (unknown word, or a blocked sense). */
  lookup(q: LexiconQuery): LexiconMatch | null {
    const sense = this.senseOf(q);
    return sense.kind === 'predicate' ? sense.match : null;
  }

  /** Prepositions whose object some frame of this trigger takes as the relation's argument. */
  argumentPreps(lemma: string, pos: TriggerPos, particle?: string): string[] {
    const prefix = `${pos} ${lemma.toLowerCase()} ${particle?.toLowerCase() ?? '-'} `;
    const preps = new Set<string>();
    for (const key of this.frames.keys()) {
      if (key.startsWith(prefix) && !key.endsWith(' -')) preps.add(key.slice(prefix.length));
    }
    return [...preps].sort();
  }

  definitionOf(predicate: string): PredicateEntry | undefined {
    return this.byName.get(predicate);
  }

  /** The predicate new facts should carry: superseded names map to their successor. */
  currentName(predicate: string): string {
    return this.byName.get(predicate)?.supersededBy ?? predicate;
  }

  isLightVerb(lemma: string, particle?: string): boolean {
    const l = lemma.toLowerCase();
    const p = particle?.toLowerCase();
    return this.data.lightVerbs.some((v) => (v.lemma === l || v.variants.includes(l)) && v.particle === p);
  }

  roleNoun(q: RoleNounQuery): RoleNounMatch | null {
    const lemma = q.lemma.toLowerCase();
    const mods = (q.modifierLemmas ?? []).map((m) => m.toLowerCase());
    let best: { entry: RoleNounEntry; score: number } | null = null;
    for (const entry of this.data.roleNouns) {
      if (entry.lemma !== lemma || !allows(entry.objectTypes, q.objectType)) continue;
      if (entry.modifierLemmas && !entry.modifierLemmas.some((m) => mods.includes(m))) continue;
      const score = (entry.objectTypes ? 1 : 0) + (entry.modifierLemmas ? 2 : 0);
      if (best === null || score > best.score) best = { entry, score };
    }
    if (best === null) return null;
    return { predicate: best.entry.predicate, symmetric: this.byName.get(best.entry.predicate)?.symmetric === true, role: lemma };
  }

  isSpeechVerb(lemma: string): boolean {
    return this.data.speech.verbs.includes(lemma.toLowerCase());
  }

  isSpeechNoun(lemma: string): boolean {
    return this.data.speech.nouns.includes(lemma.toLowerCase());
  }

  /**
   * Whether a word negates the fact it governs: a negator (not, never), a denial or failure
   * verb, or a rejection verb whose object is a claim noun ("rejected allegations that …").
   */
  isNegationCue(lemma: string, objectLemma?: string): boolean {
    const l = lemma.toLowerCase();
    const n = this.data.negation;
    if (n.particles.includes(l) || n.denialVerbs.includes(l) || n.failureVerbs.includes(l)) return true;
    return n.rejectionVerbs.includes(l) && objectLemma !== undefined && n.claimNouns.includes(objectLemma.toLowerCase());
  }

  /** The modality a modal, control verb ("plan to"), adverb or adjective gives, or null. */
  modalityOf(lemma: string, pos?: 'AUX' | 'VERB' | 'ADV' | 'ADJ'): Modality | null {
    const sections: readonly ModalitySection[] = pos === undefined ? ['modals', 'verbs', 'adverbs', 'adjectives']
      : [({ AUX: 'modals', VERB: 'verbs', ADV: 'adverbs', ADJ: 'adjectives' } as const)[pos]];
    const l = lemma.toLowerCase();
    for (const s of sections) {
      const m = this.data.modality[s].get(l);
      if (m !== undefined) return m;
    }
    return null;
  }
}

/** A lexicon from raw data (parsed JSON); throws LexiconError listing every problem. */
export function createPredicateLexicon(raw: unknown, source?: string): PredicateLexicon {
  return new PredicateLexicon(validateLexicon(raw, source));
}

const SHIPPED = new URL('./predicates.json', import.meta.url);
let shipped: PredicateLexicon | null = null;

/** The lexicon shipped with newsgraph, read and validated once on first use. */
export function loadPredicateLexicon(): PredicateLexicon {
  if (shipped === null) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(SHIPPED, 'utf8'));
    } catch (err) {
      throw new LexiconError(SHIPPED.pathname, [`expected a readable JSON file, found: ${err instanceof Error ? err.message : String(err)}`]);
    }
    shipped = createPredicateLexicon(raw, SHIPPED.pathname);
  }
  return shipped;
}
