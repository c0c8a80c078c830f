/**
 * Where an agentless passive happened to its patient: "the album was recorded in Nashville and
 * Mexico City" → album RECORD_IN Nashville, … Mexico City; "the skeleton was found near Cutral
 * Co". With no agent there is no one to be the subject, so the patient is, and the place the
 * clause puts it in is the object (the verb and its case word are the predicate). Passives the
 * predicate lexicon reads (or blocks) with that preposition are the verb frames' (verbFrames.ts).
 */
import type { SentenceTree } from '../SentenceTree.js';
import { fillers, type Filler } from './arguments.js';
import type { Candidate, RuleContext } from './Candidate.js';
import { clauseOf, type Clause } from './clauses.js';
import { qualifiersOf } from './qualifiers.js';
import { stanceOf } from './stance.js';

/** Case words that put the patient somewhere (or take it from or to a place). */
const PLACE_CASES: ReadonlySet<string> = new Set(['in', 'at', 'near', 'off', 'outside', 'inside', 'from', 'to', 'into', 'on']);
const PLACE_TYPES: ReadonlySet<string> = new Set(['GPE', 'LOCATION', 'FACILITY']);

function placeFillers(tree: SentenceTree, clause: Clause, ctx: RuleContext): Array<{ prep: string; place: Filler }> {
  const out: Array<{ prep: string; place: Filler }> = [];
  for (const key of clause.slots.keys()) {
    const prep = key.startsWith('obl:') ? key.slice(4) : '';
    if (!PLACE_CASES.has(prep)) continue;
    for (const place of fillers(tree, clause.slots, key, ctx)) {
      const m = ctx.index.mention(place.mention);
      if (PLACE_TYPES.has(m.type) && !m.modifier && m.kind !== 'pronoun') out.push({ prep, place });
    }
  }
  return out;
}

function passiveCandidates(tree: SentenceTree, v: number, ctx: RuleContext): Candidate[] {
  // (A clause is read only for passives: the verb frames read every verb's clause already.)
  if (!tree.isPassive(v)) return [];
  const clause = clauseOf(tree, v);
  const lemma = tree.word(v).lemma.toLowerCase();
  const patients = fillers(tree, clause.slots, 'nsubj:pass', ctx).filter((p) => !PLACE_TYPES.has(ctx.index.mention(p.mention).type));
  if (patients.length === 0) return [];
  const stance = stanceOf(tree, v, ctx);
  const out: Candidate[] = [];
  for (const { prep, place } of placeFillers(tree, clause, ctx)) {
    if (ctx.lexicon.senseOf({ lemma, pos: 'VERB', passive: true, prep }).kind !== 'unknown') continue;
    const qualifiers = qualifiersOf(tree, clause.slots, new Set([place.word, ...patients.map((p) => p.word)]), ctx);
    const predicate = `${lemma}_${prep}`.toUpperCase().replace(/[^A-Z_]/g, '');
    for (const p of patients) {
      out.push({ rule: 'passive-place', sentence: tree.index, subject: p.mention, object: place.mention, predicate, verb: `${lemma} ${prep}`, qualifiers: { ...qualifiers }, negated: stance.negated, modality: stance.modality });
    }
  }
  return out;
}

export function passivePlaces(tree: SentenceTree, ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (let v = 0; v < tree.length; v++) if (tree.word(v).upos === 'VERB') out.push(...passiveCandidates(tree, v, ctx));
  return out;
}
