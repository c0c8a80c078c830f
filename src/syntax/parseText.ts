/**
 * Parsing as users see it (`newsgraph parse`): a text's sentences with words, lemmas, UPOS,
 * heads, labels and entity spans; and the same predictions over a treebank's own sentences
 * and words (gold tokenisation), written back as CoNLL-U with the same sentence ids.
 */
import { analyzeText, lemmaOf } from '../nlp/nlp.js';
import { documents, wordSpans, type ConlluSentence } from './conllu.js';
import type { EntitySpan } from './EntityTagger.js';
import { analyzeDocument, type SentenceAnalysis, type SyntaxModels } from './SyntaxModels.js';
import { winkTagsForSpans } from './winkAlignment.js';
import { toSyntaxWords } from './words.js';

export interface ParsedWord {
  form: string;
  lemma: string;
  upos: string;
  /** Penn Treebank tag (VBD, VBN, NNP …). */
  xpos: string;
  /** 0-based head word, -1 for the root. */
  head: number;
  deprel: string;
  /** BIO entity tag: "O", "B-PERSON", "I-PERSON" … */
  entity: string;
  /** Character offsets into the parsed text. */
  start: number;
  end: number;
}

export interface ParsedEntity {
  start: number;
  end: number;
  type: string;
  score: number;
  text: string;
}

export interface ParsedSentence {
  text: string;
  start: number;
  end: number;
  words: ParsedWord[];
  /** Entity spans in word indices [start, end). */
  entities: ParsedEntity[];
}

/** BIO tags of entity spans over n words. */
export function bioTags(n: number, spans: readonly EntitySpan[]): string[] {
  const tags = new Array<string>(n).fill('O');
  for (const s of spans) for (let k = s.start; k < s.end; k++) tags[k] = `${k === s.start ? 'B' : 'I'}-${s.type}`;
  return tags;
}

/** Sentences, words, tags, trees and entities of a text (one type per name in the text). */
export function parseText(text: string, models: SyntaxModels): ParsedSentence[] {
  const analysed = analyzeText(text);
  const sentences = analysed.sentences.map((s) => ({ sentence: s, words: toSyntaxWords(analysed.tokens, s.first, s.last) })).filter((s) => s.words.length > 0);
  const analyses = analyzeDocument(models, sentences.map((s) => s.words));
  return sentences.map(({ sentence, words }, k) => {
    const a = analyses[k]!;
    const entity = bioTags(words.length, a.entities);
    return {
      text: text.slice(sentence.start, sentence.end),
      start: sentence.start,
      end: sentence.end,
      words: words.map((w, i) => ({ form: w.form, lemma: w.lemma, upos: a.upos[i]!, xpos: a.xpos[i]!, head: a.head[i]!, deprel: a.label[i]!, entity: entity[i]!, start: w.start, end: w.end })),
      entities: a.entities.map((e) => ({ ...e, text: text.slice(words[e.start]!.start, words[e.end - 1]!.end) })),
    };
  });
}

function withEntity(misc: string, tag: string): string {
  const kept = misc === '_' ? [] : misc.split('|').filter((m) => !m.startsWith('Entity='));
  if (tag !== 'O') kept.push(`Entity=${tag}`);
  return kept.length > 0 ? kept.join('|') : '_';
}

/**
 * Predicts lemma, UPOS, head, label and entity tags for a treebank's sentences, keeping their
 * comments, word forms and multiword tokens (gold tokenisation); other columns become "_".
 */
export function parseGoldTokens(sentences: readonly ConlluSentence[], models: SyntaxModels): ConlluSentence[] {
  return documents(sentences).flatMap((document) => {
    const analyses = analyzeDocument(models, document.map((sentence) => {
      const { text, starts, ends } = wordSpans(sentence);
      const wink = winkTagsForSpans(text, starts, ends);
      return sentence.words.map((w, i) => ({ form: w.form, winkTag: wink[i]! }));
    }));
    return document.map((sentence, k) => goldTokenSentence(sentence, analyses[k]!));
  });
}

/** A treebank sentence with the predicted columns of its analysis. */
function goldTokenSentence(sentence: ConlluSentence, a: SentenceAnalysis): ConlluSentence {
  const entity = bioTags(sentence.words.length, a.entities);
  return {
    ...sentence,
    words: sentence.words.map((w, i) => ({
      form: w.form,
      lemma: lemmaOf(w.form),
      upos: a.upos[i]!,
      xpos: a.xpos[i]!,
      feats: '_',
      head: a.head[i]! + 1,
      deprel: a.label[i]!,
      deps: '_',
      misc: withEntity(w.misc, entity[i]!),
    })),
  };
}

/** Parsed sentences of one document as CoNLL-U sentences (ids `<docId>-<n>`, offsets in MISC). */
export function toConlluSentences(parsed: readonly ParsedSentence[], docId: string): ConlluSentence[] {
  return parsed.map((s, k) => {
    const comments = [...(k === 0 ? [`newdoc id = ${docId}`] : []), `sent_id = ${docId}-${k + 1}`, `text = ${s.text.replace(/\s+/g, ' ')}`];
    return {
      comments,
      sentId: `${docId}-${k + 1}`,
      text: s.text,
      ranges: [],
      words: s.words.map((w, i) => {
        const misc = [`TokenRange=${w.start}:${w.end}`];
        const next = s.words[i + 1];
        if (next !== undefined && next.start === w.end) misc.push('SpaceAfter=No');
        return { form: w.form, lemma: w.lemma, upos: w.upos, xpos: w.xpos, feats: '_', head: w.head + 1, deprel: w.deprel, deps: '_', misc: withEntity(misc.join('|'), w.entity) };
      }),
    };
  });
}
