import { lastPersonBefore } from './antecedents.js';
import type { Clause } from './Clause.js';
import { RELATIVE } from './frameWords.js';
import { isQuote } from './nounPhrases.js';
import { clusterOf, typeOf } from './RelationContext.js';

/** he/she: the speaker inside a speech complement, else an earlier subject person, else the last person named. */
function personPronoun(clause: Clause, start: number, p: string, exclude: Pick<ReadonlySet<number>, 'has'>): number {
  const { ctx, frames } = clause;
  // Inside a speech complement, he/she is the speaker.
  const speechFrame = [...frames].reverse().find((f) => f.speech && f.verb < start && f.speaker >= 0);
  if (speechFrame && typeOf(ctx, speechFrame.speaker) === 'PERSON' && !exclude.has(speechFrame.speaker) && ['he', 'she'].includes(p)) return speechFrame.speaker;
  // A subject pronoun prefers the person who is the subject earlier in the sentence ("the
  // last time Kim traveled to Russia to meet Putin … when he made a train journey").
  const subjectFrame = ['he', 'she'].includes(p) ? [...frames].reverse().find((f) => f.verb < start && f.gramSubject >= 0 && typeOf(ctx, f.gramSubject) === 'PERSON' && !exclude.has(f.gramSubject)) : undefined;
  return subjectFrame ? subjectFrame.gramSubject : lastPersonBefore(ctx, start, exclude);
}

/** it/its: the previous frame's non-person subject, else the last non-person named before it in the span. */
function thingPronoun(clause: Clause, start: number, p: string, exclude: ReadonlySet<number>, frameIdx: number): number {
  const { ctx, frames, span } = clause;
  const { tokens, argAt, mentions } = ctx;
  const prev = frames[frameIdx - 1] ?? frames[frames.length - 1];
  if (p === 'it' && prev && prev.verb < start && prev.gramSubject >= 0 && typeOf(ctx, prev.gramSubject) !== 'PERSON' && !exclude.has(prev.gramSubject) && argAt[start - 1] === -1 && tokens[start - 1]?.pos !== 'VERB') {
    return prev.gramSubject;
  }
  for (let i = start - 1; i >= span.first; i--) {
    const mj = argAt[i]!;
    if (mj < 0) continue;
    const cj = clusterOf(ctx, mj);
    if (cj >= 0 && typeOf(ctx, cj) !== 'PERSON' && !exclude.has(cj)) return cj;
    i = mentions[mj]!.start;
  }
  return -1;
}

/** `exclude` and the people the tree's pronouns of the other gender stand for ("she … he" never name the same person). */
function withOtherGender(clause: Clause, p: string, exclude: ReadonlySet<number>): Pick<ReadonlySet<number>, 'has'> {
  const other = clause.ctx.pronounGender;
  const g = ['he', 'him', 'his', 'himself'].includes(p) ? 'm' : 'f';
  return { has: (c: number) => exclude.has(c) || (other.get(c) ?? g) !== g };
}

/**
 * The cluster a mention stands for while reading the frame `frameIdx` of a clause: names by
 * coreference, pronouns by the frames read so far (a relative pronoun by the noun before it).
 */
export function resolveMention(clause: Clause, mi: number, exclude: ReadonlySet<number>, frameIdx: number): number {
  const { ctx, span } = clause;
  const { tokens, argAt, mentions, entityOf, resolvedPronoun } = ctx;
  const m = mentions[mi]!;
  if (m.kind !== 'pronoun') return entityOf[mi] ?? -1;
  if (resolvedPronoun.has(mi)) return resolvedPronoun.get(mi)!;
  const p = m.pronoun ?? '';
  let c = -1;
  if (['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself'].includes(p)) {
    c = personPronoun(clause, m.start, p, withOtherGender(clause, p, exclude));
  } else if (['it', 'its', 'itself'].includes(p)) {
    c = thingPronoun(clause, m.start, p, exclude, frameIdx);
  } else if (RELATIVE.has(p)) {
    let i = m.start - 1;
    while (i >= span.first && (tokens[i]!.text === ',' || isQuote(tokens[i]!))) i--;
    const mj = i >= span.first ? argAt[i]! : -1;
    if (mj >= 0) c = clusterOf(ctx, mj);
  }
  // (Only an unconstrained answer is remembered: one found while excluding a frame's own
  // subjects holds for that frame only.)
  if (c >= 0 && exclude.size === 0) resolvedPronoun.set(mi, c);
  return c;
}
