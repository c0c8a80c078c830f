/** The facts a read frame states: subject × object pairs, symmetric partners, signatories, and facts a transfer implies. */
import { isSymmetricPredicate } from '../predicates.js';
import type { Clause, Frame } from './Clause.js';
import { PLACE_PREPS, type FrameArguments } from './frameArguments.js';
import { CONFIDENCE, MODALITY_FACTOR, clamp } from './frameConfidence.js';
import type { Argument, RawRelation } from './RawRelation.js';
import type { VerbGroup } from './verbGroup.js';

/** Verbs that move a person from one employer or club to the subject ("signed X from Y"). */
const RECRUIT_VERBS = new Set(['sign', 'hire', 'recruit', 'poach', 'appoint']);
/** Transfers whose "to" phrase names a recipient party ("supply doses to X"). */
const TRANSFER_PREDICATES = new Set(['PROVIDE', 'SELL']);

type FactFields = Pick<RawRelation, 'predicate' | 'verb' | 'qualifiers' | 'confidence' | 'negated' | 'modality'>;

function record(clause: Clause, v: number, subject: number, object: Argument, f: FactFields): void {
  clause.found.push({ rel: { subject: { cluster: subject }, object, predicate: f.predicate, verb: f.verb, qualifiers: f.qualifiers, confidence: f.confidence, sentence: clause.span.index, negated: f.negated, modality: f.modality }, verb: v });
}

/** Records the frame's facts (the frame is now read: it joins the clause's frames). */
export function frameFacts(clause: Clause, frame: Frame, group: VerbGroup, args: FrameArguments, subjectFactor: number): void {
  const { clusters } = clause.ctx;
  const { scan, predicate, qualifiers } = args;
  const { negated, modality } = group;
  const v = frame.verb;
  // Symmetric predicates with coordinated subjects: "A and B met".
  // ("A and B met in Porto": the place goes back to a qualifier.)
  const placeObject = !group.passive && !scan.direct && scan.pp !== null && !scan.light && PLACE_PREPS.has(scan.pp.qualifier) && args.objects.length > 0;
  // ("A and B signed an agreement in Dakar": signatories, the place a qualifier.)
  if (frame.subjects.length === 2 && (isSymmetricPredicate(predicate) || predicate === 'SIGN') && placeObject) {
    qualifiers[scan.pp!.qualifier] = clusters[scan.pp!.cluster]!.name;
    args.objects = [];
  }
  if (frame.subjects.length === 2 && isSymmetricPredicate(predicate) && args.objects.every((o) => !('cluster' in o))) {
    args.objects = [{ cluster: frame.subjects[1]! }];
    frame.subjects = [frame.subjects[0]!];
  }
  const dist = Math.max(0, scan.distance - 8);
  const conf = clamp(args.base * subjectFactor * MODALITY_FACTOR[modality] - 0.015 * dist);
  const fields = (confidence: number): FactFields => ({ predicate, verb: args.verbWord, qualifiers: { ...qualifiers }, confidence, negated, modality });
  // "A and B signed (the deal)", "the deal was signed by A and B": the signatories are each other's
  // parties, unless a counterparty is named ("A and B signed a pact with C").
  if (predicate === 'SIGN' && frame.subjects.length === 2 && qualifiers['with'] === undefined && args.objects.every((o) => !('cluster' in o) || clusters[o.cluster]!.isThing) && !negated) {
    const [a, b] = frame.subjects as [number, number];
    if (a >= 0 && b >= 0 && a !== b) record(clause, v, a, { cluster: b }, fields(conf * 0.95));
  }
  for (const subj of frame.subjects) {
    for (const obj of args.objects) {
      if ('cluster' in obj && obj.cluster === subj) continue;
      if (subj < 0) continue;
      record(clause, v, subj, obj, fields(conf));
    }
  }
  recruitFacts(clause, frame, group, args);
  transferFacts(clause, frame, group, args, conf);
}

/** "signed the striker X from Y", "hired X from Y": the person leaves Y and joins the subject. */
function recruitFacts(clause: Clause, frame: Frame, group: VerbGroup, args: FrameArguments): void {
  const { ctx } = clause;
  const { scan } = args;
  const mover = args.objects[0];
  const vt = ctx.tokens[frame.verb]!;
  if (group.passive || group.negated || !mover || !('cluster' in mover) || ctx.clusters[mover.cluster]?.type !== 'PERSON' || scan.origin < 0 || scan.origin === mover.cluster || !RECRUIT_VERBS.has(vt.lemma)) return;
  const derived = (subject: number, object: number, predicate: string, verb: string): void => {
    record(clause, frame.verb, subject, { cluster: object }, { predicate, verb, qualifiers: {}, confidence: clamp(CONFIDENCE.nounEvent * MODALITY_FACTOR[group.modality]), negated: false, modality: group.modality });
  };
  derived(mover.cluster, scan.origin, 'QUIT', 'leave');
  for (const subj of frame.subjects) if (subj >= 0 && subj !== mover.cluster && subj !== scan.origin) derived(mover.cluster, subj, 'JOIN', 'join');
}

/**
 * "supply 10 million doses to Gavi", "sold its stake to Y": the recipient is a party of the
 * transfer as well as the thing given.
 */
function transferFacts(clause: Clause, frame: Frame, group: VerbGroup, args: FrameArguments, conf: number): void {
  const { scan, predicate, qualifiers } = args;
  const given = args.objects[0];
  if (group.passive || !given || !('thing' in given) || scan.recipient < 0 || !TRANSFER_PREDICATES.has(predicate)) return;
  const vt = clause.ctx.tokens[frame.verb]!;
  const { to: _recipient, ...rest } = qualifiers;
  for (const subj of frame.subjects) {
    if (subj < 0 || subj === scan.recipient) continue;
    record(clause, frame.verb, subj, { cluster: scan.recipient }, { predicate, verb: `${vt.lemma} ${given.thing.split(' ').pop()}`, qualifiers: rest, confidence: clamp(conf * 0.9), negated: group.negated, modality: group.modality });
  }
}
