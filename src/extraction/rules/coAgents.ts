/**
 * Who acts together: "the trial was run by X together with researchers from Y", "X, along with
 * Y, built …", "X launched it alongside Y" → X COOPERATE Y (symmetric). The actor is the clause's
 * subject (a passive's by-agent); the partner is the with- or alongside-phrase (the mention index
 * reads "researchers from Y" as Y).
 */
import type { SentenceTree } from '../SentenceTree.js';
import type { Candidate, RuleContext } from './Candidate.js';
import { withConjuncts } from './clauses.js';
import { isNegatedClause } from './negation.js';

/** The partner words of verb v: its with-phrase after "together"/"along", or its alongside-phrase. */
function partnerWords(tree: SentenceTree, v: number): number[] {
  const together = tree.childrenWith(v, 'advmod').some((c) => ['together', 'along'].includes(tree.word(c).lower));
  const onVerb = tree.childrenWith(v, 'obl').filter((c) => (together && tree.caseOf(c) === 'with') || tree.caseOf(c) === 'alongside');
  // ("built the lander alongside X": the parser may hang the phrase on the object.)
  const onObject = tree.childrenWith(v, 'obj').flatMap((o) => tree.childrenWith(o, 'nmod').filter((c) => tree.caseOf(c) === 'alongside'));
  return [...onVerb, ...onObject];
}

/** The actor words of verb v: a passive's by-agent, else its subject. */
function actorWords(tree: SentenceTree, v: number): number[] {
  const agent = tree.children(v).filter((c) => tree.word(c).label === 'obl:agent' || (tree.base(c) === 'obl' && tree.caseOf(c) === 'by'));
  return agent.length > 0 && tree.isPassive(v) ? agent : tree.childrenWith(v, 'nsubj');
}

export function coAgents(tree: SentenceTree, ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (let v = 0; v < tree.length; v++) {
    if (!tree.isVerbal(v)) continue;
    const partners = partnerWords(tree, v).flatMap((w) => withConjuncts(tree, w)).map((w) => ctx.index.of(tree, w)).filter((k) => k >= 0);
    if (partners.length === 0) continue;
    const actors = actorWords(tree, v).flatMap((w) => withConjuncts(tree, w)).map((w) => ctx.index.of(tree, w)).filter((k) => k >= 0);
    const negated = isNegatedClause(tree, v, ctx.lexicon);
    for (const a of actors) {
      for (const p of partners) if (a !== p) out.push({ rule: 'verb', sentence: tree.index, subject: a, object: p, predicate: 'COOPERATE', verb: 'together with', qualifiers: {}, negated });
    }
  }
  return out;
}
