/**
 * Whether the clause of a verb is denied: a negator on the verb ("did not meet", "never met"),
 * or an embedding that denies it ("denied meeting X", "refused to sign", "rejected allegations
 * that she pressured Y"), following the predicate lexicon's negation cues up the tree.
 */
import type { PredicateLexicon } from '../lexicon/PredicateLexicon.js';
import type { SentenceTree } from '../SentenceTree.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no']);
const EMBEDDINGS = new Set(['xcomp', 'ccomp', 'acl', 'advcl']);

function negatedHere(tree: SentenceTree, v: number): boolean {
  return tree.children(v).some((c) => (tree.base(c) === 'advmod' || tree.base(c) === 'det') && NEGATORS.has(tree.word(c).lower));
}

/** The embedding word k hangs on denies it: a denial or failure verb, or a rejected claim noun. */
function deniedBy(tree: SentenceTree, k: number, lexicon: PredicateLexicon): boolean {
  const head = tree.head(k);
  if (head < 0) return false;
  const h = tree.word(head);
  if (h.upos === 'NOUN') {
    const g = tree.head(head);
    return g >= 0 && tree.base(head) === 'obj' && lexicon.isNegationCue(tree.word(g).lemma, h.lemma);
  }
  if (lexicon.isSpeechVerb(h.lemma)) return false;
  const obj = tree.firstChild(head, 'obj');
  return lexicon.isNegationCue(h.lemma, obj >= 0 ? tree.word(obj).lemma : undefined) && !NEGATORS.has(h.lower);
}

export function isNegatedClause(tree: SentenceTree, v: number, lexicon: PredicateLexicon): boolean {
  let negated = negatedHere(tree, v);
  for (let k = v, steps = 0; k >= 0 && steps < 6; steps++) {
    const label = tree.base(k);
    if (label === 'conj') {
      k = tree.head(k);
      continue;
    }
    if (!EMBEDDINGS.has(label)) break;
    if (deniedBy(tree, k, lexicon)) negated = !negated;
    else if (label === 'xcomp' && negatedHere(tree, tree.head(k))) negated = !negated;
    k = tree.head(k);
  }
  return negated;
}
