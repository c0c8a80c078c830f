/**
 * How a clause states its fact: denied (negation.ts), with a modality (modal auxiliaries,
 * hedging adverbs, "plans to", "is expected to"), and who says so (the subject of a speech verb
 * governing the clause → `attributedTo`, reported).
 */
import type { Modality } from '../../model/types.js';
import type { Modality as LexiconModality } from '../lexicon/lexiconTypes.js';
import type { SentenceTree } from '../SentenceTree.js';
import type { RuleContext } from './Candidate.js';
import { isNegatedClause } from './negation.js';

export interface Stance {
  negated: boolean;
  modality: Modality;
  /** Word index of the speaker (subject of the speech verb), or -1. */
  speaker: number;
}

const MODALITY_OF: Readonly<Record<LexiconModality, Modality>> = {
  possible: 'possible', probable: 'possible', hypothetical: 'possible', obligation: 'possible', considered: 'possible',
  future: 'planned', planned: 'planned', expected: 'planned', desired: 'planned', attempted: 'planned', threatened: 'planned',
  proposed: 'planned', promised: 'planned', alleged: 'reported', reported: 'reported',
};

const RANK: Readonly<Record<Modality, number>> = { asserted: 0, planned: 1, reported: 2, possible: 3 };

function ownModality(tree: SentenceTree, v: number, ctx: RuleContext): LexiconModality | null {
  for (const c of tree.children(v)) {
    const w = tree.word(c);
    const m = tree.base(c) === 'aux' && w.upos === 'AUX' ? ctx.lexicon.modalityOf(w.lemma === 'wo' ? 'will' : w.lower, 'AUX')
      : tree.base(c) === 'advmod' ? ctx.lexicon.modalityOf(w.lemma, 'ADV') : null;
    if (m !== null) return m;
  }
  return null;
}

/** Walks from the verb up through the clauses that embed it. */
export function stanceOf(tree: SentenceTree, v: number, ctx: RuleContext): Stance {
  const stance: Stance = { negated: isNegatedClause(tree, v, ctx.lexicon), modality: 'asserted', speaker: -1 };
  const note = (m: LexiconModality | null): void => {
    if (m !== null && RANK[MODALITY_OF[m]] > RANK[stance.modality]) stance.modality = MODALITY_OF[m];
  };
  note(ownModality(tree, v, ctx));
  for (let k = v, steps = 0; k >= 0 && steps < 6; steps++) {
    const label = tree.base(k);
    const head = tree.head(k);
    if (head < 0 || !['xcomp', 'ccomp', 'conj', 'parataxis', 'acl'].includes(label)) break;
    const h = tree.word(head);
    if (label === 'xcomp') note(ctx.lexicon.modalityOf(h.lemma, 'VERB') ?? ctx.lexicon.modalityOf(h.lemma, 'ADJ'));
    if ((label === 'ccomp' || label === 'parataxis') && ctx.lexicon.isSpeechVerb(h.lemma) && stance.speaker < 0) {
      stance.speaker = tree.firstChild(head, 'nsubj');
      note(ownModality(tree, head, ctx));
    }
    k = head;
  }
  return stance;
}
