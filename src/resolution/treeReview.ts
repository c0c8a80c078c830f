/**
 * A second reading of each verb fact over the dependency tree, with the predicate lexicon:
 * a fact whose verb sense the lexicon blocks for that object ("ran in Birmingham" is no
 * leadership, "was made an OBE" no development) keeps only its verb as predicate (RUN_IN,
 * MAKE: what a verb outside the lexicon gets, and calibration scores it low); a fact whose
 * clause is denied ("rejected allegations that she pressured Y", "denied meeting X") is marked
 * negated.
 */
import type { LexiconQuery } from '../extraction/lexicon/PredicateLexicon.js';
import { LEXICON_ENTITY_TYPES, type LexiconEntityType } from '../extraction/lexicon/lexiconTypes.js';
import type { RawRelation } from '../extraction/relations.js';
import { isNegatedClause } from '../extraction/rules/negation.js';
import type { RuleContext } from '../extraction/rules/Candidate.js';
import type { SentenceTree } from '../extraction/SentenceTree.js';
import type { Coreference } from './coreference.js';

function lexiconType(type: string): LexiconEntityType | undefined {
  return (LEXICON_ENTITY_TYPES as readonly string[]).includes(type) ? (type as LexiconEntityType) : undefined;
}

/** The only verb of the sentence with the fact's verb lemma, or -1. */
function verbWord(tree: SentenceTree, verb: string): number {
  const lemma = verb.split(/\s+/)[0]!.toLowerCase();
  const found = tree.words.flatMap((w, i) => (w.upos === 'VERB' && w.lemma.toLowerCase() === lemma ? [i] : []));
  return found.length === 1 ? found[0]! : -1;
}

function queryFor(tree: SentenceTree, v: number, objectWord: number, objectType: string): LexiconQuery {
  const q: LexiconQuery = { lemma: tree.word(v).lemma.toLowerCase(), pos: 'VERB', passive: tree.isPassive(v) };
  const prt = tree.firstChild(v, 'compound:prt');
  if (prt >= 0) q.particle = tree.word(prt).lower;
  const kase = objectWord >= 0 && tree.head(objectWord) === v ? tree.caseOf(objectWord) : null;
  if (kase !== null) q.prep = kase;
  const x = tree.firstChild(v, 'xcomp');
  const o = x >= 0 && tree.word(x).upos !== 'VERB' ? x : tree.firstChild(v, 'obj');
  if (o >= 0) q.objectLemma = tree.word(o).lemma.toLowerCase();
  const t = lexiconType(objectType);
  if (t !== undefined) q.objectType = t;
  return q;
}

/** Reviews the facts in place (predicate and polarity). */
export function reviewFacts(raw: readonly RawRelation[], ctx: RuleContext, coref: Coreference): void {
  const { trees, lexicon, index } = ctx;
  for (const r of raw) {
    const tree = trees[r.sentence];
    const v = tree === undefined ? -1 : verbWord(tree, r.verb);
    if (tree === undefined || v < 0) continue;
    if (isNegatedClause(tree, v, lexicon)) r.negated = true;
    if (!('cluster' in r.object)) continue;
    const cluster = r.object.cluster;
    const objectWord = index.inSentence(r.sentence).find((m) => coref.entityOf[m.index] === cluster && m.word >= 0 && tree.dominates(v, m.word))?.word ?? -1;
    const q = queryFor(tree, v, objectWord, coref.clusters[cluster]!.type);
    if (lexicon.senseOf(q).kind === 'blocked') r.predicate = [q.lemma, q.particle, q.prep].filter(Boolean).join('_').toUpperCase().replace(/[^A-Z_]/g, '_');
  }
}
