/** Who acts in a frame: a control verb's subject, a purpose clause's governor, a reduced relative's noun, or the subject found left. */
import type { Clause, Frame } from './Clause.js';
import { CONFIDENCE } from './frameConfidence.js';
import { findSubject } from './findSubject.js';
import type { Argument } from './RawRelation.js';
import { inheritControl, type VerbGroup } from './verbGroup.js';

export interface SubjectReading {
  /** Confidence factor for how the subject was found. */
  factor: number;
  /** The frame type's base confidence so far. */
  base: number;
}

/** Fills the frame's subjects (and grammatical subject); may drop a control verb's frame and weaken the group's modality. */
export function frameSubjects(clause: Clause, frame: Frame, group: VerbGroup, controlFrame: Frame | undefined, reducedHost: Argument | null, frameIdx: number): SubjectReading {
  const { frames } = clause;
  const reading: SubjectReading = { factor: 1, base: CONFIDENCE.direct };
  if (controlFrame) {
    frame.subjects = [...controlFrame.leftSubjects];
    frame.gramSubject = controlFrame.gramSubject;
    // The controller itself makes no relation.
    frames.splice(frames.indexOf(controlFrame), 1);
    inheritControl(clause, group, controlFrame);
  } else if (group.infinitive) {
    purposeSubjects(frames, frame, group, reading);
  } else if (reducedHost) {
    frame.reduced = true;
    if ('cluster' in reducedHost) {
      frame.subjects = [reducedHost.cluster];
      frame.gramSubject = reducedHost.cluster;
    }
  } else {
    const found = findSubject(clause, group.g, frameIdx);
    frame.subjects = found.subjects;
    frame.gramSubject = found.subjects[0] ?? -1;
    reading.factor = found.factor;
    if (found.inherited) reading.factor *= 0.95;
    participleSubjects(clause, frame, group);
  }
  return reading;
}

/** Purpose clause: the subject of the governing verb ("drove to Paris to protest"), or its object after "allow X to". */
function purposeSubjects(frames: readonly Frame[], frame: Frame, group: VerbGroup, reading: SubjectReading): void {
  const gov = frames[frames.length - 1];
  if (!gov) return;
  if (gov.objectControl) {
    // "allow the carrier to open routes": the governing verb's object acts (or nobody we know).
    frame.subjects = gov.object !== undefined && gov.object >= 0 ? [gov.object] : [];
  } else {
    frame.subjects = gov.gramSubject >= 0 ? [gov.gramSubject] : [...gov.subjects];
  }
  frame.gramSubject = frame.subjects[0] ?? -1;
  if (group.modality === 'asserted') group.modality = 'planned';
  reading.base = CONFIDENCE.purpose;
}

/** Participle clause after a comma: ", citing X", ", saying that …" share the previous frame's subject. */
function participleSubjects(clause: Clause, frame: Frame, group: VerbGroup): void {
  const { tokens } = clause.ctx;
  if (!(frame.subjects.length === 0 && /ing$/.test(tokens[frame.verb]!.lower) && tokens[group.g - 1]?.text === ',')) return;
  const prev = clause.frames[clause.frames.length - 1];
  if (!prev) return;
  // After an agentless passive ("X was elected …, defeating Y") the patient acts.
  frame.subjects = prev.subjects.length === 0 && prev.gramSubject >= 0 && !prev.speech ? [prev.gramSubject] : [...prev.subjects];
  frame.gramSubject = prev.gramSubject;
}
