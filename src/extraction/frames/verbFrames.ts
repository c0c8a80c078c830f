/**
 * Verb frames of a sentence span, read left to right: each main verb's group, subject, arguments
 * and date, then the facts it states; reported speech attributes them at the end.
 */
import type { Sentence } from '../../nlp/nlp.js';
import { SPEECH_VERBS } from '../lexicon.js';
import type { Clause, Frame } from './Clause.js';
import { frameArguments } from './frameArguments.js';
import { frameDate } from './frameDate.js';
import { frameFacts } from './frameFacts.js';
import { frameSubjects } from './frameSubjects.js';
import { isParticiple, mainVerbs } from './mainVerbs.js';
import { reducedRelativeHost } from './passives.js';
import type { RelationContext } from './RelationContext.js';
import { accordingTo, attributeSpeech } from './speech.js';
import { controllingFrame, verbGroup } from './verbGroup.js';

/** Verbs whose object is the subject of a following infinitive ("allow X to", "urge X to"). */
const OBJECT_CONTROL_VERBS = new Set(['allow', 'enable', 'permit', 'help', 'ask', 'urge', 'force', 'persuade', 'invite', 'order', 'tell', 'encourage', 'require', 'compel', 'authorize', 'authorise', 'instruct', 'advise', 'pressure', 'push', 'oblige', 'let']);

/** Reads the verb frames of the span `s` and records their facts. */
export function verbFrames(ctx: RelationContext, s: Sentence): void {
  const attributedTo = accordingTo(ctx, s);
  const verbs = mainVerbs(ctx, s);
  const clause: Clause = { ctx, span: s, frames: [], verbSet: new Set(verbs), found: [] };
  for (const v of verbs) readVerbFrame(clause, v);
  attributeSpeech(clause, attributedTo);
}

function readVerbFrame(clause: Clause, v: number): void {
  const { ctx, span, frames } = clause;
  const { tokens } = ctx;
  const vt = tokens[v]!;
  const group = verbGroup(clause, v);
  if (vt.lemma === 'be') return;
  // Reduced relative: "a vaccine developed by X", "a board chaired by Y", "Acme, owned by Y": a
  // participle right after its noun (or an aside's comma) with a by-agent is a passive whose
  // patient is that noun.
  // ("X, followed by Y" ranks, it reports no event.)
  const reducedHost = !group.passive && group.g === v && isParticiple(vt) && tokens[v + 1]?.lower === 'by' && vt.lemma !== 'follow' ? reducedRelativeHost(ctx, v, span.first) : null;
  if (reducedHost) group.passive = true;
  const controlFrame = controllingFrame(clause, group);
  const frameIdx = frames.length;
  const frame: Frame = { verb: v, groupStart: group.g, subjects: [], leftSubjects: [], gramSubject: -1, speech: SPEECH_VERBS.has(vt.lemma), speaker: -1, hasObject: false };
  const subject = frameSubjects(clause, frame, group, controlFrame, reducedHost, frameIdx);
  if (vt.lemma === 'know' && tokens[v + 1]?.lower === 'as') return;
  frame.leftSubjects = [...frame.subjects];
  const args = frameArguments(clause, frame, group, reducedHost, frameIdx, subject.base);
  const date = args.scan.date ?? frameDate(clause, group, controlFrame);
  if (date !== null) args.qualifiers.date = date;
  frame.hasObject = args.objects.length > 0;
  const firstObject = args.objects[0];
  frame.object = firstObject && 'cluster' in firstObject ? firstObject.cluster : -1;
  frame.objectControl = OBJECT_CONTROL_VERBS.has(vt.lemma);
  frames.push(frame);
  frameFacts(clause, frame, group, args, subject.factor);
}
