/**
 * Runs the syntax models over every sentence of an analysed text: words (wink tokens split the
 * UD way), tags, the dependency tree and entity spans, with one entity type per name across the
 * article. trees[k] is the tree of doc.sentences[k] (empty for a sentence without words).
 */
import type { AnalyzedText } from '../nlp/nlp.js';
import { analyzeDocument, type SentenceAnalysis, type SyntaxModels } from '../syntax/SyntaxModels.js';
import { toSyntaxWords, type SyntaxWord } from '../syntax/words.js';
import { loadPredicateLexicon } from './lexicon/PredicateLexicon.js';
import { repairTree } from './treeRepairs.js';
import { SentenceTree, type TreeWord } from './SentenceTree.js';
import { verbLemma } from './verbLemma.js';

function treeWords(words: readonly SyntaxWord[], a: SentenceAnalysis): TreeWord[] {
  const lexicon = loadPredicateLexicon();
  return words.map((w, i) => ({
    form: w.form,
    lower: w.form.toLowerCase().replace(/’/g, "'"),
    lemma: a.upos[i] === 'VERB' ? verbLemma(w.form.toLowerCase(), w.lemma, a.xpos[i]!, lexicon) : w.lemma,
    upos: a.upos[i]!,
    xpos: a.xpos[i]!,
    start: w.start,
    end: w.end,
    token: w.token,
    head: a.head[i]!,
    label: a.label[i]!,
  }));
}

export function parseDocument(doc: AnalyzedText, models: SyntaxModels): SentenceTree[] {
  const words = doc.sentences.map((s) => toSyntaxWords(doc.tokens, s.first, s.last));
  const analyses = analyzeDocument(models, words);
  return analyses.map((a, k) => {
    const tw = treeWords(words[k]!, a);
    repairTree(tw);
    return new SentenceTree(k, tw, a.entities);
  });
}
