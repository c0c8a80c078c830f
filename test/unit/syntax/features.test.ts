import { describe, expect, it } from 'vitest';
import { ArcHybridState, SHIFT } from '../../../src/syntax/ArcHybridState.js';
import { EncodedSentence, wordShape } from '../../../src/syntax/EncodedSentence.js';
import { classesOf, CONTEXT_SLOTS, documentContexts, documentCues, ENTITY_TYPES, entityClass, phraseContext, spansOf, tagEntities, validEntityTransition, ENTITY_CLASSES } from '../../../src/syntax/EntityTagger.js';
import { Perceptron } from '../../../src/syntax/Perceptron.js';
import { Gazetteer } from '../../../src/syntax/Gazetteer.js';
import { feature2, hashString } from '../../../src/syntax/hash.js';
import { labelFeatures, MAX_LABEL_FEATURES, MAX_PARSER_FEATURES, transitionFeatures } from '../../../src/syntax/parserFeatures.js';
import { posFeatures } from '../../../src/syntax/PosTagger.js';

const sentence = (forms: string[]) => new EncodedSentence(forms.map((form) => ({ form, winkTag: 'NOUN' })));

describe('feature functions', () => {
  it('word shapes collapse runs and keep punctuation', () => {
    expect(wordShape('Kim')).toBe('Xxx');
    expect(wordShape('Putin')).toBe('Xxx');
    expect(wordShape('1998')).toBe('dd');
    expect(wordShape('U.S.')).toBe('X.X.');
    expect(wordShape('F-16')).toBe('X-dd');
    expect(wordShape('McDonald')).toBe('XxXxx');
  });

  it('hash the same inputs to the same features and different inputs apart', () => {
    expect(hashString('minister')).toBe(hashString('minister'));
    expect(feature2(1, 2, 3)).toBe(feature2(1, 2, 3));
    expect(feature2(1, 2, 3)).not.toBe(feature2(1, 3, 2));
    expect(feature2(1, 2, 3)).not.toBe(feature2(2, 2, 3));
  });

  it('give the tagger features of the word, its context and the previous tags', () => {
    const s = sentence(['The', 'minister', 'resigned']);
    const a = new Int32Array(32);
    const b = new Int32Array(32);
    const n = posFeatures(s, 1, 5, 7, a);
    expect(n).toBeGreaterThan(20);
    posFeatures(s, 1, 5, 7, b);
    expect(Array.from(b.subarray(0, n))).toEqual(Array.from(a.subarray(0, n)));
    posFeatures(s, 1, 6, 7, b);
    expect(Array.from(b.subarray(0, n))).not.toEqual(Array.from(a.subarray(0, n)));
  });

  it('give the parser features that change with the state and fit the buffers', () => {
    const s = sentence(['Kim', 'met', 'Putin', '.']);
    const state = new ArcHybridState(4);
    const view = { s, tags: Uint8Array.from([11, 15, 11, 12]), xtags: Uint8Array.from([1, 2, 1, 3]), state };
    const before = new Int32Array(MAX_PARSER_FEATURES);
    const n = transitionFeatures(view, before);
    expect(n).toBeLessThanOrEqual(MAX_PARSER_FEATURES);
    state.apply(SHIFT, -1);
    const after = new Int32Array(MAX_PARSER_FEATURES);
    transitionFeatures(view, after);
    expect(Array.from(after.subarray(0, n))).not.toEqual(Array.from(before.subarray(0, n)));
    expect(labelFeatures(view, 1, 0, new Int32Array(MAX_LABEL_FEATURES))).toBeLessThanOrEqual(MAX_LABEL_FEATURES);
  });
});

describe('entity tagging scheme', () => {
  it('allows only well-formed BILOU sequences', () => {
    const start = ENTITY_CLASSES;
    const bPer = entityClass(0, 0), iPer = entityClass(0, 1), lPer = entityClass(0, 2), uOrg = entityClass(1, 3), lOrg = entityClass(1, 2);
    expect(validEntityTransition(start, bPer, false)).toBe(true);
    expect(validEntityTransition(start, iPer, false)).toBe(false);
    expect(validEntityTransition(bPer, iPer, false)).toBe(true);
    expect(validEntityTransition(bPer, lOrg, false)).toBe(false);
    expect(validEntityTransition(bPer, 0, false)).toBe(false);
    expect(validEntityTransition(iPer, iPer, true)).toBe(false);
    expect(validEntityTransition(lPer, uOrg, false)).toBe(true);
    expect(validEntityTransition(0, bPer, true)).toBe(false);
  });

  it('turns spans into classes and back', () => {
    const spans = [{ start: 0, end: 3, type: 0 }, { start: 4, end: 5, type: 2 }];
    const back = spansOf(classesOf(6, spans));
    expect(back.map((s) => [s.start, s.end, s.type])).toEqual([[0, 3, 'PERSON'], [4, 5, ENTITY_TYPES[2]]]);
  });
});

describe('entity context', () => {
  it('finds each word\'s name head, its preposition and governor', () => {
    // "talks in New York ended": New -compound-> York -obl-> ended; in -case-> York
    const s = sentence(['talks', 'in', 'New', 'York', 'ended']);
    const labels = Int32Array.from(['nsubj', 'case', 'compound', 'obl', 'root'], hashString);
    const ctx = phraseContext({ s, heads: Int32Array.from([4, 3, 3, 4, -1]), labels });
    expect(ctx.root[2]).toBe(3);
    expect(ctx.preposition[3]).toBe(s.lower[1]);
    expect(ctx.governor[2]).toBe(s.lower[4]);
    expect(ctx.governor[4]).not.toBe(s.lower[4]);
  });

  it('marks words written in lower case or capitalised elsewhere in the document', () => {
    const [first, second] = documentCues([['Norton', 'left', 'early'], ['Early', 'reports', 'named', 'Norton']]);
    // bit 1: lower case elsewhere, bit 2: capitalised inside a sentence elsewhere, bit 4: known document
    expect(first![0]).toBe(4 | 2);
    expect(second![0]).toBe(4 | 1);
    expect(second![3]).toBe(4);
  });

  it('gathers the settings of the same name elsewhere in the document, not its own', () => {
    // "Coron grew" / "divers came to Coron" / "boats sank in Coron" / "Norton left"
    const parsed = (forms: string[], heads: number[], labels: string[]) => ({ s: sentence(forms), heads: Int32Array.from(heads), labels: Int32Array.from(labels, hashString) });
    const doc = [
      parsed(['Coron', 'grew'], [1, -1], ['nsubj', 'root']),
      parsed(['divers', 'came', 'to', 'Coron'], [1, -1, 3, 1], ['nsubj', 'root', 'case', 'obl']),
      parsed(['boats', 'sank', 'in', 'Coron'], [1, -1, 3, 1], ['nsubj', 'root', 'case', 'obl']),
      parsed(['Norton', 'left'], [1, -1], ['nsubj', 'root']),
    ];
    const [first, second, , fourth] = documentContexts(doc);
    const slots = (ctx: Int32Array, i: number) => Array.from(ctx.subarray(i * CONTEXT_SLOTS, (i + 1) * CONTEXT_SLOTS));
    const to = doc[1]!.s.lower[2]!, inWord = doc[2]!.s.lower[2]!;
    // kind 0, the preposition of the name's phrase: both others, equally frequent, ordered by value
    expect(slots(first!, 0).slice(0, 2)).toEqual([Math.min(to, inWord), Math.max(to, inWord)]);
    // "Coron" of sentence 2 sees "in" (sentence 3), not its own "to"; the word before it: "in"
    expect(slots(second!, 3).slice(0, 2)).toEqual([inWord, 0]);
    expect(slots(second!, 3).slice(4, 6)).toEqual([inWord, 0]);
    // lower-case words and names seen once get no context
    expect(slots(second!, 0).every((v) => v === 0)).toBe(true);
    expect(slots(fourth!, 0).every((v) => v === 0)).toBe(true);
  });

  it('counts a setting the name shares with its other mentions once less, keeping the ranking', () => {
    const inCoron = (prep: string) => ({ s: sentence(['divers', 'came', prep, 'Coron']), heads: Int32Array.from([1, -1, 3, 1]), labels: Int32Array.from(['nsubj', 'root', 'case', 'obl'], hashString) });
    const doc = [inCoron('in'), inCoron('in'), inCoron('in'), inCoron('to')];
    const contexts = documentContexts(doc);
    const prepositions = (k: number) => Array.from(contexts[k]!.subarray(3 * CONTEXT_SLOTS, 3 * CONTEXT_SLOTS + 2));
    const [inWord, to] = [doc[0]!.s.lower[2]!, doc[3]!.s.lower[2]!];
    expect(prepositions(0)).toEqual([inWord, to]); // "in" twice elsewhere, "to" once
    expect(prepositions(3)).toEqual([inWord, 0]); // its own "to" is not counted
  });

  it('decodes the same spans greedily and with a beam over valid BILOU sequences', () => {
    const s = sentence(['Kim', 'Jong', 'Un', 'met', 'Moon']);
    const weights = new Int16Array((1 << 10) * ENTITY_CLASSES);
    for (let i = 0; i < weights.length; i++) weights[i] = ((i * 7919) % 201) - 100;
    const model = Perceptron.fromWeights({ rowBits: 10, nClasses: ENTITY_CLASSES }, weights, 0.01);
    const g = new Gazetteer({ firstName: ['Kim'] });
    const x = { s, tags: Uint8Array.from([11, 11, 11, 15, 11]), heads: Int32Array.from([3, 0, 0, -1, 3]), labels: Int32Array.from(['nsubj', 'flat', 'flat', 'root', 'obj'], hashString), gazetteer: g, codes: g.annotate(s.forms) };
    for (const beam of [1, 8]) {
      const spans = tagEntities(model, x, beam);
      for (const span of spans) expect(span.end).toBeGreaterThan(span.start);
      expect(spans.every((a, i) => spans.every((b, j) => i === j || a.end <= b.start || b.end <= a.start))).toBe(true);
    }
  });
});

describe('gazetteer', () => {
  it('marks the longest listed phrase with begin / inside / end / unit codes', () => {
    const g = new Gazetteer({ city: ['New York', 'York', 'Guinea-Bissau'], firstName: ['Ana'] });
    const codes = g.annotate(['Ana', 'left', 'New', 'York', 'for', 'Guinea', '-', 'Bissau']);
    const city = g.listIndex('city');
    const first = g.listIndex('firstName');
    const at = (i: number, k: number) => codes[i * g.names.length + k];
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => at(i, city))).toEqual([0, 0, 2, 4, 0, 2, 3, 4]);
    expect(at(0, first)).toBe(1);
    expect(g.signature(codes, 2)).not.toBe(g.signature(codes, 1));
  });
});
