/**
 * Who invests in a funding round: "X has raised $50 million in a round led by Y", "X closed a
 * Series B round led by Y and Z" → Y INVEST_IN X. The company is the subject of the verb that
 * raises the round; the investors are the by-agents of "led" on the round noun.
 */
import type { SentenceTree } from '../SentenceTree.js';
import type { Candidate, RuleContext } from './Candidate.js';
import { withConjuncts } from './clauses.js';

const ROUND_NOUNS: ReadonlySet<string> = new Set(['round', 'raise', 'financing']);
const RAISING_VERBS: ReadonlySet<string> = new Set(['raise', 'secure', 'close', 'complete', 'announce', 'land', 'win', 'get']);

/** The words of the investors that lead round noun r ("led by Y and Z"). */
function leaders(tree: SentenceTree, r: number): number[] {
  const led = tree.childrenWith(r, 'acl').filter((c) => tree.word(c).lemma.toLowerCase() === 'lead');
  return led.flatMap((l) => tree.children(l).filter((c) => tree.word(c).label === 'obl:agent' || (tree.base(c) === 'obl' && tree.caseOf(c) === 'by')));
}

export function fundingRounds(tree: SentenceTree, ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (let r = 0; r < tree.length; r++) {
    if (tree.word(r).upos !== 'NOUN' || !ROUND_NOUNS.has(tree.word(r).lemma.toLowerCase()) || !['obj', 'obl'].includes(tree.base(r))) continue;
    const verb = tree.head(r);
    if (verb < 0 || !RAISING_VERBS.has(tree.word(verb).lemma.toLowerCase())) continue;
    const companies = tree.childrenWith(verb, 'nsubj').flatMap((w) => withConjuncts(tree, w)).map((w) => ctx.index.of(tree, w)).filter((k) => k >= 0 && ctx.index.mention(k).type === 'ORGANIZATION');
    const investors = leaders(tree, r).flatMap((w) => withConjuncts(tree, w)).map((w) => ctx.index.of(tree, w)).filter((k) => k >= 0 && ctx.index.mention(k).type !== 'GPE');
    for (const c of companies) {
      for (const i of investors) if (i !== c) out.push({ rule: 'verb', sentence: tree.index, subject: i, object: c, predicate: 'INVEST_IN', verb: 'lead', qualifiers: {} });
    }
  }
  return out;
}
