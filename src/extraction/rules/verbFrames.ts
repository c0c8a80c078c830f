/**
 * Verb frames: for every verb the predicate lexicon knows, the lexicon is asked what it means
 * with each of its possible objects (the direct object, the by-agent, each preposition's
 * object); the arguments the matching frame names become the fact's subject and object, and
 * the clause's other obliques its qualifiers. Subjects come from the clause (clauses.ts):
 * inherited through coordination, control, adverbial clauses ("acted alone in killing X") and
 * relative clauses. Verbs the lexicon does not know make no fact here.
 */
import type { LexiconMatch, LexiconQuery } from '../lexicon/PredicateLexicon.js';
import type { SentenceTree } from '../SentenceTree.js';
import { fillers, slotKey, slotType } from './arguments.js';
import type { Candidate, RuleContext, RuleName } from './Candidate.js';
import { clauseOf, type Clause, type Slots } from './clauses.js';
import { qualifiersOf } from './qualifiers.js';
import { stanceOf, type Stance } from './stance.js';

function queryFor(tree: SentenceTree, clause: Clause, prep: string | undefined, ctx: RuleContext): LexiconQuery {
  const subjectType = slotType(tree, clause.slots, clause.passive ? 'nsubj:pass' : 'nsubj', ctx);
  const objectType = slotType(tree, clause.slots, prep !== undefined ? `obl:${prep}` : clause.passive ? 'agent' : 'obj', ctx);
  const q: LexiconQuery = { lemma: tree.word(clause.verb).lemma.toLowerCase(), pos: 'VERB', passive: clause.passive };
  if (clause.particle !== undefined) q.particle = clause.particle;
  if (prep !== undefined) q.prep = prep;
  if (subjectType !== undefined) q.subjectType = subjectType;
  if (objectType !== undefined) q.objectType = objectType;
  const lemma = tree.objectLemma(clause.verb);
  if (lemma !== undefined) q.objectLemma = lemma;
  return q;
}

/** One trigger with its argument slots, its stance and the words naming it. */
export interface Frame {
  tree: SentenceTree;
  trigger: number;
  slots: Slots;
  stance: Stance;
  verb: string;
  rule: RuleName;
}

/** Candidates between the fillers of two slots, the other obliques as qualifiers. */
export function emit(f: Frame, ctx: RuleContext, predicate: string, subjectKey: string, objectKey: string): Candidate[] {
  const { tree, slots, stance } = f;
  const subjects = fillers(tree, slots, subjectKey, ctx);
  const objects = fillers(tree, slots, objectKey, ctx);
  if (subjects.length === 0 || objects.length === 0) return [];
  const qualifiers = qualifiersOf(tree, slots, new Set([...subjects, ...objects].map((x) => x.word)), ctx);
  if (stance.speaker >= 0) {
    const speaker = ctx.index.of(tree, stance.speaker);
    if (speaker >= 0) qualifiers['attributedTo'] = ctx.index.mention(speaker).name;
  }
  const modality = stance.speaker >= 0 && stance.modality === 'asserted' ? 'reported' : stance.modality;
  const out: Candidate[] = [];
  for (const s of subjects) {
    for (const o of objects) {
      if (s.mention !== o.mention) out.push({ rule: f.rule, sentence: tree.index, subject: s.mention, object: o.mention, predicate, verb: f.verb, qualifiers: { ...qualifiers }, negated: stance.negated, modality });
    }
  }
  return out;
}

export function fromMatch(f: Frame, ctx: RuleContext, m: LexiconMatch): Candidate[] {
  const predicate = ctx.lexicon.currentName(m.predicate);
  const subjectKey = slotKey(m.roles.subject);
  const out = emit(f, ctx, predicate, subjectKey, slotKey(m.roles.object));
  if (out.length > 0 || !m.symmetric || f.slots.has(slotKey(m.roles.object))) return out;
  // "X and Y met": a symmetric predicate between coordinated subjects.
  const subjects = f.slots.get(subjectKey) ?? [];
  if (subjects.length < 2) return out;
  // (Two fillers of one nominal: "X and Y".)
  const pair = new Map(f.slots);
  pair.set('obj:pair', subjects.slice(1));
  pair.set(subjectKey, subjects.slice(0, 1));
  return emit({ ...f, slots: pair }, ctx, predicate, subjectKey, 'obj:pair');
}

function verbCandidates(tree: SentenceTree, v: number, ctx: RuleContext): Candidate[] {
  const lemma = tree.word(v).lemma.toLowerCase();
  // Speech is attribution, read by the relation frames of what is said.
  if (ctx.lexicon.isSpeechVerb(lemma)) return [];
  const clause = clauseOf(tree, v);
  const f: Frame = { tree, trigger: v, slots: clause.slots, stance: stanceOf(tree, v, ctx), verb: clause.particle ? `${lemma} ${clause.particle}` : lemma, rule: 'verb' };
  const preps = [undefined, ...[...clause.slots.keys()].filter((k) => k.startsWith('obl:')).map((k) => k.slice(4))];
  const out: Candidate[] = [];
  for (const prep of preps) {
    const sense = ctx.lexicon.senseOf(queryFor(tree, clause, prep, ctx));
    if (sense.kind === 'predicate') out.push(...fromMatch(f, ctx, sense.match));
  }
  return out;
}

export function verbFrames(tree: SentenceTree, ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (let v = 0; v < tree.length; v++) if (tree.word(v).upos === 'VERB') out.push(...verbCandidates(tree, v, ctx));
  return out;
}
