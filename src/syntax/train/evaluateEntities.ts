/**
 * Entity-tagger evaluation: typed span precision / recall / F1 on a treebank's gold words,
 * exact (same words, same type) and lenient (overlapping words, same type), and the
 * tagger-only articles in the extraction output shape that CoNLL04's scorer reads.
 */
import { analyzeText } from '../../nlp/nlp.js';
import { documents, parseConllu } from '../conllu.js';
import { coarseEntityType, ENTITY_TYPES, type EntitySpan, type EntityTagType } from '../EntityTagger.js';
import { analyzeDocument, type SyntaxModels } from '../SyntaxModels.js';
import { winkTagsForSpans } from '../winkAlignment.js';
import { wordSpans } from '../conllu.js';
import { toSyntaxWords } from '../words.js';
import { gumNameSpans, gumTypeIndex, parseIob2 } from './entityData.js';

export interface SpanF1 {
  precision: number;
  recall: number;
  f1: number;
}

export interface EntityEvaluation {
  sentences: number;
  gold: number;
  predicted: number;
  exact: SpanF1;
  lenient: SpanF1;
}

function f1(tpPredicted: number, predicted: number, tpGold: number, gold: number): SpanF1 {
  const precision = predicted ? tpPredicted / predicted : 0;
  const recall = gold ? tpGold / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

type Span = { start: number; end: number; type: string };
const overlaps = (a: Span, b: Span): boolean => a.type === b.type && a.start < b.end && b.start < a.end;

/** Scores predicted against gold spans of many sentences. */
export function scoreSpans(pairs: readonly { gold: Span[]; predicted: Span[] }[]): EntityEvaluation {
  let gold = 0, predicted = 0, exact = 0, lenientP = 0, lenientG = 0;
  for (const p of pairs) {
    gold += p.gold.length;
    predicted += p.predicted.length;
    const keys = new Set(p.gold.map((g) => `${g.start}:${g.end}:${g.type}`));
    for (const s of p.predicted) {
      if (keys.has(`${s.start}:${s.end}:${s.type}`)) exact++;
      if (p.gold.some((g) => overlaps(g, s))) lenientP++;
    }
    for (const g of p.gold) if (p.predicted.some((s) => overlaps(g, s))) lenientG++;
  }
  return { sentences: pairs.length, gold, predicted, exact: f1(exact, predicted, exact, gold), lenient: f1(lenientP, predicted, lenientG, gold) };
}

/**
 * GUM split on its gold words. The reference is either the name spans of its Entity column
 * (`gumNameSpans`, the extent the tagger is trained on) or, given `iob2`, the released flat
 * view (`ner_derived/`, full NP extent with titles and modifiers). GUM's person / organization /
 * place / event keep their type, every other etype counts as OTHER (the tagger's finer
 * ABSTRACT / OBJECT / TIME too); with `fineTypes` the eight tagger types are scored apart
 * (GUM's abstract, object and time separately; substance, animal and plant as OTHER).
 */
export function evaluateGumEntities(models: SyntaxModels, conllu: string, name: string, iob2?: string, fineTypes = false): EntityEvaluation {
  const typeOf = (type: EntityTagType): string => (fineTypes ? type : coarseEntityType(type));
  const released = iob2 === undefined ? null : new Map(parseIob2(iob2, `${name}.iob2`).map((s) => [s.sentId, s]));
  const pairs: { gold: Span[]; predicted: Span[] }[] = [];
  for (const document of documents(parseConllu(conllu, `${name}.conllu`))) {
    const predicted = analyzeDocument(models, document.map((sentence) => {
      const { text, starts, ends } = wordSpans(sentence);
      const wink = winkTagsForSpans(text, starts, ends);
      return sentence.words.map((w, i) => ({ form: w.form, winkTag: wink[i]! }));
    })).map((a) => a.entities);
    document.forEach((sentence, k) => {
      const g = released === null ? { forms: sentence.words, spans: gumNameSpans(sentence) } : released.get(sentence.sentId ?? '');
      if (g === undefined || g.forms.length !== sentence.words.length) return;
      pairs.push({
        gold: g.spans.map((s) => ({ start: s.start, end: s.end, type: typeOf(ENTITY_TYPES[gumTypeIndex(s.type)]!) })),
        predicted: predicted[k]!.map((e: EntitySpan) => ({ start: e.start, end: e.end, type: typeOf(e.type) })),
      });
    });
  }
  return scoreSpans(pairs);
}


const OUTPUT_TYPE: Record<string, string> = { PERSON: 'PERSON', ORGANIZATION: 'ORGANIZATION', PLACE: 'LOCATION', EVENT: 'EVENT' };

/** One record's tagger-only article: its entity spans as entities, no relations. */
export function taggerOnlyArticle(models: SyntaxModels, id: string, text: string): Record<string, unknown> {
  const analysed = analyzeText(text);
  const names = new Map<string, { name: string; type: string; mentions: number }>();
  const sentences = analysed.sentences.map((s) => toSyntaxWords(analysed.tokens, s.first, s.last)).filter((w) => w.length > 0);
  const spans = analyzeDocument(models, sentences).map((a) => a.entities);
  for (const [k, words] of sentences.entries()) {
    for (const e of spans[k]!) {
      const name = text.slice(words[e.start]!.start, words[e.end - 1]!.end);
      const type = OUTPUT_TYPE[e.type] ?? 'OTHER';
      const key = `${name.toLowerCase()}\u0000${type}`;
      const seen = names.get(key);
      if (seen) seen.mentions++;
      else names.set(key, { name, type, mentions: 1 });
    }
  }
  const entities = [...names.values()].map((e, i) => ({ id: `e${i + 1}`, name: e.name, type: e.type, aliases: [], mentions: e.mentions }));
  return { id, source: `${id}.txt`, title: '', entities, relations: [] };
}
