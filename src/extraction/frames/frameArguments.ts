/** What a frame relates its subjects to: a direct object, a by-agent's patient, a prepositional object. */
import { LEAD_VERBS } from './frameWords.js';
import { CONFIDENCE } from './frameConfidence.js';
import { predicateForVerb } from '../predicates.js';
import type { Clause, Frame } from './Clause.js';
import { commonPatient, possessorPatient } from './passives.js';
import type { Argument } from './RawRelation.js';
import type { RelationContext } from './RelationContext.js';
import { scanRight, type Scan } from './scanRight.js';
import type { VerbGroup } from './verbGroup.js';

export interface FrameArguments {
  scan: Scan;
  predicate: string;
  /** The verb as reported: its lemma, with a light verb's noun or the preposition that took the object. */
  verbWord: string;
  objects: Argument[];
  qualifiers: Record<string, string>;
  base: number;
}

/** Qualifier roles of place and time: a speech verb's "said in Accra" is where, not whom. */
export const PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'during', 'near', 'outside', 'inside', 'from', 'after', 'before']);
/** Prepositions whose object an agentless passive relates to its subject. */
const PASSIVE_PP_PREPS = new Set(['from', 'to', 'into', 'with']);

const withMore = (first: number, more: readonly number[]): Argument[] => [{ cluster: first }, ...more.map((cluster) => ({ cluster }))];

/** Reads the frame's arguments right of its verb; may turn a passive around and re-decide speech and subjects. */
export function frameArguments(clause: Clause, frame: Frame, group: VerbGroup, reducedHost: Argument | null, frameIdx: number, base: number): FrameArguments {
  const { tokens } = clause.ctx;
  const vt = tokens[frame.verb]!;
  const scan = scanRight(clause, frame.verb, group.passive, new Set(frame.subjects), frameIdx);
  const args: FrameArguments = { scan, predicate: predicateForVerb(vt.lemma), verbWord: vt.lemma, objects: [], qualifiers: { ...scan.qualifiers }, base };
  if (scan.light) {
    args.predicate = scan.light.predicate;
    args.verbWord = `${vt.lemma} ${scan.light.noun}`;
    args.base = CONFIDENCE.light;
  }
  if (group.passive) passiveArguments(clause, frame, group, reducedHost, args);
  else activeArguments(clause.ctx, clause.span.last, frame, args);
  // Inverted speech: "…, reported Reuters news agency."
  if (frame.speech && frame.subjects.length === 0 && scan.direct && 'cluster' in scan.direct && tokens[group.g - 1]?.text === ',') {
    frame.subjects = [scan.direct.cluster];
    args.objects = [];
  }
  if (frame.speech) frame.speaker = frame.subjects[0] ?? -1;
  return args;
}

/** A passive: the by-agent acts on the patient; without agent, a place or partner may be the object. */
function passiveArguments(clause: Clause, frame: Frame, group: VerbGroup, reducedHost: Argument | null, args: FrameArguments): void {
  const { ctx, span } = clause;
  const { scan } = args;
  const vt = ctx.tokens[frame.verb]!;
  if (scan.agent >= 0) {
    args.objects = frame.gramSubject >= 0 ? [{ cluster: frame.gramSubject }] : [];
    // "The strike was called by X": a salient common-noun patient.
    // (A common-noun group "led by X" gives no role fact: "the team", "a funding round".)
    const reducedThing = reducedHost && 'thing' in reducedHost && !LEAD_VERBS.has(vt.lemma) ? reducedHost : null;
    const patient = frame.gramSubject < 0 ? (reducedHost ? reducedThing : commonPatient(ctx, group.g, span.first) ?? possessorPatient(ctx, group.g, span.first)) : null;
    if (patient) args.objects = [patient];
    frame.subjects = [scan.agent, ...scan.agentMore.filter((c) => c !== scan.agent)];
    args.base = CONFIDENCE.passive;
  } else if (frame.gramSubject >= 0 && scan.pp && PASSIVE_PP_PREPS.has(scan.ppPrep ?? '') && !frame.speech) {
    // No agent, but a place or partner: "it was launched from X", "the data is linked to Y".
    args.objects = withMore(scan.pp.cluster, scan.ppMore);
    delete args.qualifiers[scan.pp.qualifier];
    frame.subjects = [frame.gramSubject];
    args.verbWord = `${vt.lemma} ${scan.ppPrep}`;
    args.base = CONFIDENCE.prepositional * 0.85;
  } else {
    args.objects = [];
    frame.subjects = [];
  }
}

/** An active verb: the direct object, else a prepositional object (the noun of "cut jobs in X" joins the verb). */
function activeArguments(ctx: RelationContext, last: number, frame: Frame, args: FrameArguments): void {
  const { scan } = args;
  const vt = ctx.tokens[frame.verb]!;
  if (scan.direct && makesComplement(ctx, frame.verb, last, scan.direct)) {
    // "making the country the first to …", "made Lisbon a hub": a causative, not DEVELOP.
    args.objects = [];
  } else if (scan.direct) {
    args.objects = [scan.direct, ...scan.directMore.map((cluster) => ({ cluster }))];
    // "X, who heads Y": head with a direct object leads, it does not travel.
    if (vt.lemma === 'head' && args.predicate === 'TRAVEL') args.predicate = 'LEADER_OF';
  } else if (scan.pp && (!scan.directNonEntity || scan.light) && !(frame.speech && !scan.light && PLACE_PREPS.has(scan.pp.qualifier))) {
    args.objects = withMore(scan.pp.cluster, scan.ppMore);
    delete args.qualifiers[scan.pp.qualifier];
    if (!scan.light) args.base = CONFIDENCE.prepositional;
  } else if (scan.pp && scan.directNonEntity && scan.directHead && (!frame.speech || scan.ppPrep === 'to')) {
    // "cut 1,200 jobs in Eindhoven": the place or partner becomes the object, the noun joins the verb.
    // ("reported the incident to X" tells X something: a communication, not reported speech.)
    frame.speech = false;
    args.objects = withMore(scan.pp.cluster, scan.ppMore);
    delete args.qualifiers[scan.pp.qualifier];
    args.verbWord = `${vt.lemma} ${scan.directHead}`;
    args.base = CONFIDENCE.prepositional * 0.85;
  }
}

/** "make X the first", "make X a hub", "make X happy": `make` with an entity object and a complement after it. */
function makesComplement(ctx: RelationContext, v: number, last: number, direct: Argument): boolean {
  const { tokens, argAt, mentions } = ctx;
  if (tokens[v]!.lemma !== 'make' || !('cluster' in direct)) return false;
  for (let k = v + 1; k <= last; k++) {
    const mi = argAt[k]!;
    if (mi < 0) continue;
    const after = tokens[mentions[mi]!.end];
    return mentions[mi]!.end <= last && after !== undefined && (['a', 'an', 'the'].includes(after.lower) || after.pos === 'ADJ');
  }
  return false;
}
