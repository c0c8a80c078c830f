/**
 * The subject of a verb group: the nearest entity mention to its left within the clause, through
 * asides, coordination, relative pronouns, quantities ("thousands of farmers") and affiliations
 * ("scientists at X"); inherited from the previous frame past a conjunction.
 */
import type { Mention } from '../mentions/Mention.js';
import { QUANTITY_NOUNS, TITLE_WORDS } from '../lexicon.js';
import type { Clause, Frame } from './Clause.js';
import { CLAUSE_STOP, LEAD_VERBS } from './frameWords.js';
import { isNameMention } from './nounPhrases.js';
import { resolveMention } from './pronouns.js';
import { typeOf, type RelationContext } from './RelationContext.js';
import { affiliationHost, appositiveHost } from './subjectHosts.js';

export interface SubjectResult {
  subjects: number[];
  /** Confidence factor for how the subject was found. */
  factor: number;
  /** True when the subject is shared with a coordinated verb. */
  inherited: boolean;
}

/** Prepositions that also open a clause ("after the DPRK commissioned …"). */
const SUBORDINATING_PREPS = new Set(['after', 'before', 'since', 'until', 'till', 'once', 'because', 'while', 'although', 'though', 'whereas', 'unless']);

const none = (): SubjectResult => ({ subjects: [], factor: 1, inherited: false });
const found = (subjects: number[], factor: number, inherited = false): SubjectResult => ({ subjects, factor, inherited });

/** The subject of the verb group starting at `g`, read for frame `frameIdx`. */
export function findSubject(clause: Clause, g: number, frameIdx: number): SubjectResult {
  const { ctx, span, frames } = clause;
  const { tokens, argAt } = ctx;
  const first = span.first;
  let sawConj = false;
  // (Not for participle clauses: "…, a site north of X, citing officials".)
  const appositive = /ing$/.test(tokens[g]!.lower) ? -1 : appositiveHost(ctx, g - 1, first);
  if (appositive >= 0) {
    const c = resolveMention(clause, appositive, new Set(), frameIdx);
    if (c >= 0) return found([c], 1);
  }
  for (let j = g - 1; j >= first; j--) {
    const t = tokens[j]!;
    const mi = argAt[j]!;
    if (mi >= 0) {
      const r = subjectFromMention(clause, g, mi, sawConj, frameIdx);
      if (typeof r !== 'number') return r;
      j = r;
      continue;
    }
    if (CLAUSE_STOP.has(t.text) || t.pos === 'SCONJ' || (t.lower === 'that' && t.pos !== 'PRON')) return none();
    // A common noun phrase right before the verb is the subject ("the two companies said").
    if (t.pos === 'NOUN' && !sawConj && argAt[j] === -1) {
      const r = subjectFromNoun(clause, g, j, frameIdx);
      if (typeof r !== 'number') return r;
      j = r;
      continue;
    }
    if (['and', 'or', 'but'].includes(t.lower)) sawConj = true;
    const f = frames.find((fr) => fr.verb === j);
    if (f) return subjectFromFrame(ctx, f, sawConj);
    if (t.pos === 'VERB' && !sawConj && !['have', 'be'].includes(t.lemma) && /ing$/.test(t.lower) === false && tokens[j + 1]?.pos !== 'NOUN') {
      // another (untracked) verb: clause boundary
      return none();
    }
  }
  return none();
}

/** The subject a mention gives, or the token to go on searching from (leftwards) when it gives none. */
function subjectFromMention(clause: Clause, g: number, mi: number, sawConj: boolean, frameIdx: number): SubjectResult | number {
  const { ctx, span, frames } = clause;
  const { tokens, argAt, modAt, mentions } = ctx;
  const first = span.first;
  const m = mentions[mi]!;
  // "A met B on Monday and visited C": past a conjunction, a mention after the previous verb
  // is that verb's argument; the coordinated verb shares its subject.
  const prevFrame = frames[frameIdx - 1];
  if (sawConj && prevFrame && prevFrame.verb >= first && m.start > prevFrame.verb && prevFrame.subjects.length > 0 && !prevFrame.speech) {
    return found(prevFrame.gramSubject >= 0 ? [prevFrame.gramSubject] : [...prevFrame.subjects], 1, true);
  }
  if (m.kind === 'pronoun' && ['his', 'her', 'its', 'their'].includes(m.pronoun ?? '')) return m.start;
  if (tokens[m.end]?.lower === "'s") return m.start;
  // "The mayor of Tromso, Ingrid Dahl, met …": a name set off by commas right before the
  // verb renames the subject noun phrase; it is the subject.
  if (m.kind === 'name' && m.end === g - 1 && tokens[g - 1]!.text === ',' && tokens[m.start - 1]?.text === ',' && !sawConj) {
    const c = resolveMention(clause, mi, new Set(), frameIdx);
    if (c >= 0 && typeOf(ctx, c) === 'PERSON') return found([c], 1);
  }
  // Objects of prepositions are not subjects.
  let b = m.start - 1;
  const skipModifiers = (): void => {
    while (b >= first && ['DET', 'ADJ', 'NUM'].includes(tokens[b]!.pos) || (b >= first && modAt[b] === 1) || (b >= first && TITLE_WORDS.has(tokens[b]!.lower))) b--;
  };
  skipModifiers();
  // "through Bulgaria and Serbia before reaching …": a later conjunct shares the preposition.
  while (b > first && [',', 'and', 'or'].includes(tokens[b]!.lower) && argAt[b - 1]! >= 0 && mentions[argAt[b - 1]!]!.kind !== 'pronoun') {
    b = mentions[argAt[b - 1]!]!.start - 1;
    skipModifiers();
  }
  // "Thousands of farmers drove …": the quantity's of-phrase is the subject.
  const quantityOf = b > first && tokens[b]!.lower === 'of' && QUANTITY_NOUNS.has(tokens[b - 1]!.lower) && m.kind === 'thing';
  // "on X, formerly known as Twitter, saying …": an alias in an aside is no subject.
  if (b >= first && tokens[b]!.lower === 'as' && tokens[b - 1]?.lower === 'known') return m.start;
  // "a few days after the DPRK commissioned …": a subordinating preposition right before the
  // clause's subject does not make that subject its object.
  const subordinator = b >= first && SUBORDINATING_PREPS.has(tokens[b]!.lower) && m.end === g;
  if (b >= first && tokens[b]!.pos === 'ADP' && !['than', 'as'].includes(tokens[b]!.lower) && m.kind !== 'pronoun' && !quantityOf && !subordinator) {
    // "Scientists at X designed …", "Officials from X said …": the organisation acts.
    const host = affiliationHost(ctx, b, first, m);
    if (host >= 0) return found([host], 0.9);
    return m.start;
  }
  const c = resolveMention(clause, mi, new Set(), frameIdx);
  if (c < 0) return none();
  const factor = m.kind === 'pronoun' || m.kind === 'description' || m.kind === 'reference' ? 0.9 : 1;
  return found(coordinatedSubjects(clause, m, c, frameIdx), factor);
}

/** Coordinated subject: "A and B met" → [A, B] for the subject B (cluster `c`). */
function coordinatedSubjects(clause: Clause, m: Mention, c: number, frameIdx: number): number[] {
  const { tokens, argAt, modAt } = clause.ctx;
  const first = clause.span.first;
  const subjects = [c];
  let k = m.start - 1;
  while (k >= first && (modAt[k] === 1 || TITLE_WORDS.has(tokens[k]!.lower) || tokens[k]!.lower === 'the')) k--;
  if (k >= first && tokens[k]!.lower === 'and') {
    let q = k - 1;
    while (q >= first && (modAt[q] === 1 || TITLE_WORDS.has(tokens[q]!.lower))) q--;
    const mj = q >= first ? argAt[q]! : -1;
    if (mj >= 0) {
      const cj = resolveMention(clause, mj, new Set([c]), frameIdx);
      if (cj >= 0 && cj !== c) subjects.unshift(cj);
    }
  }
  return subjects;
}

/** A common noun phrase ending at `j`: the subject a name with its descriptor gives, none, or where to go on searching. */
function subjectFromNoun(clause: Clause, g: number, j: number, frameIdx: number): SubjectResult | number {
  const { ctx, span } = clause;
  const { tokens, argAt, mentions } = ctx;
  const first = span.first;
  const t = tokens[j]!;
  let b = j - 1;
  while (b >= first && ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(tokens[b]!.pos) && argAt[b] === -1) b--;
  if (b >= first && (tokens[b]!.text === "'s" || tokens[b]!.lower === "'s")) return b;
  // "The Vela probe entered …": a name followed by its descriptor noun is the subject.
  const mb = b >= first ? argAt[b]! : -1;
  if (j === g - 1 && mb >= 0 && mentions[mb]!.end === j && mentions[mb]!.descriptor === t.lower && isNameMention(ctx, mb)) {
    const c = resolveMention(clause, mb, new Set(), frameIdx);
    if (c >= 0) return found([c], 0.95);
  }
  if (!(b >= first && tokens[b]!.pos === 'ADP')) return none();
  return b;
}

/** An earlier frame met on the way left: its subject is shared past a conjunction; a reduced relative's noun (or leader) acts. */
function subjectFromFrame(ctx: RelationContext, f: Frame, sawConj: boolean): SubjectResult {
  if (sawConj) return found(f.gramSubject >= 0 ? [f.gramSubject] : [...f.subjects], 1, true);
  // "A vaccine developed by X has cut …": the reduced relative's noun is the subject; when
  // it is a common noun led by someone ("The team, led by X, surveyed …"), the leader acts.
  if (f.reduced) {
    if (f.gramSubject >= 0) return found([f.gramSubject], 0.95);
    if (LEAD_VERBS.has(ctx.tokens[f.verb]!.lemma) && f.subjects.length > 0 && ctx.tokens[f.groupStart - 1]?.text === ',') return found([...f.subjects], 0.8);
  }
  return none();
}
