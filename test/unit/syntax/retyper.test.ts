import { describe, expect, it } from 'vitest';
import { EncodedSentence } from '../../../src/syntax/EncodedSentence.js';
import { NO_ENTITY, nonEntityRuns, RETYPER_CLASSES, retyperBuffers, retypeSpans, spanFeatures } from '../../../src/syntax/EntityRetyper.js';
import { ENTITY_TYPES, featureContext, SPAN_CHOICES, spanTypeScores, tagEntitiesWithTypeScores, type EntityInput, type EntitySpan } from '../../../src/syntax/EntityTagger.js';
import { Gazetteer } from '../../../src/syntax/Gazetteer.js';
import { hashString, seededRandom } from '../../../src/syntax/hash.js';
import { Perceptron } from '../../../src/syntax/Perceptron.js';
import { uposIndex } from '../../../src/syntax/tagsets.js';
import type { EntityExample } from '../../../src/syntax/train/entityData.js';
import { trainRetyper } from '../../../src/syntax/train/trainEntities.js';

const gazetteer = new Gazetteer({ city: ['Oslo', 'Bergen'] });
const ORG = ENTITY_TYPES.indexOf('ORGANIZATION');
const PLACE = ENTITY_TYPES.indexOf('PLACE');
const PERSON = ENTITY_TYPES.indexOf('PERSON');

/** Words with their UPOS; every word hangs off the verb (index 1 when present). */
function input(words: [string, string][]): EntityInput {
  const s = new EncodedSentence(words.map(([form, upos]) => ({ form, winkTag: upos })));
  return {
    s,
    tags: Uint8Array.from(words, ([, upos]) => uposIndex(upos)),
    heads: Int32Array.from(words, (_, i) => (i === 1 ? -1 : 1)),
    labels: Int32Array.from(words, (_, i) => hashString(i === 1 ? 'root' : 'dep')),
    gazetteer,
    codes: gazetteer.annotate(s.forms),
  };
}

/** "Members of <Name> Club met in <City> ." with the club an organisation and the city a place. */
function example(random: () => number, k: number): EntityExample {
  const names = ['Harrow', 'Eton', 'Whig', 'Rowing', 'Chess', 'Alpine'];
  const cities = ['Oslo', 'Bergen', 'Tromsø', 'Bodø'];
  const name = names[Math.floor(random() * names.length)]!;
  const city = cities[Math.floor(random() * cities.length)]!;
  const x = input([['Members', 'NOUN'], ['of', 'ADP'], [name, 'PROPN'], ['Club', 'PROPN'], ['met', 'VERB'], ['in', 'ADP'], [city, 'PROPN'], ['.', 'PUNCT']]);
  return { id: `r${k}`, encoded: x.s, tags: x.tags, heads: x.heads, labels: x.labels, cues: new Uint8Array(8), context: new Int32Array(0), spans: [{ start: 2, end: 4, type: ORG }, { start: 6, end: 7, type: PLACE }] };
}

describe('span re-typer', () => {
  it('takes runs of capitalised words or proper nouns outside the gold spans as non-names', () => {
    const x = input([['Senators', 'PROPN'], ['met', 'VERB'], ['Jim', 'PROPN'], ['Clyburn', 'PROPN'], ['in', 'ADP'], ['New', 'ADJ'], ['York', 'PROPN']]);
    expect(nonEntityRuns(x, [{ start: 2, end: 4 }])).toEqual([{ start: 0, end: 1, type: NO_ENTITY }, { start: 5, end: 7, type: NO_ENTITY }]);
    expect(nonEntityRuns(x, [{ start: 0, end: 1 }, { start: 2, end: 4 }, { start: 5, end: 7 }])).toEqual([]);
  });

  it('gives a span features that fit the buffer and change with its extent', () => {
    const x = input([['Members', 'NOUN'], ['of', 'ADP'], ['Harrow', 'PROPN'], ['Club', 'PROPN'], ['met', 'VERB']]);
    const ctx = featureContext(x);
    const a = retyperBuffers(gazetteer.names.length).features;
    const b = retyperBuffers(gazetteer.names.length).features;
    const n = spanFeatures(x, ctx, { start: 2, end: 4 }, a);
    expect(n).toBeGreaterThan(20);
    expect(spanFeatures(x, ctx, { start: 2, end: 4 }, b)).toBe(n);
    expect(Array.from(b.subarray(0, n))).toEqual(Array.from(a.subarray(0, n)));
    spanFeatures(x, ctx, { start: 2, end: 3 }, b);
    expect(Array.from(b.subarray(0, n))).not.toEqual(Array.from(a.subarray(0, n)));
  });

  it('learns from gold spans to re-type, drop and add names', () => {
    const random = seededRandom(3);
    const train = Array.from({ length: 60 }, (_, k) => example(random, k));
    const model = trainRetyper(train, gazetteer, { epochs: 4, rowBits: 12, seed: 1 });
    const x = input([['Members', 'NOUN'], ['of', 'ADP'], ['Eton', 'PROPN'], ['Club', 'PROPN'], ['met', 'VERB'], ['in', 'ADP'], ['Bodø', 'PROPN'], ['.', 'PUNCT']]);
    // the tagger called the club a person (mildly), "Members" a place and missed the city
    const spans: EntitySpan[] = [{ start: 0, end: 1, type: 'PLACE', score: 0.5 }, { start: 2, end: 4, type: 'PERSON', score: 0.5 }];
    const mild = (best: number, length: number): Float32Array => Float32Array.from({ length: SPAN_CHOICES }, (_, c) => length * (c === best ? -0.5 : -1.5));
    const result = retypeSpans({ model, weight: 1, addThreshold: 0.5 }, x, spans, [mild(PLACE, 1), mild(PERSON, 2)]);
    expect(result.map((s) => [s.start, s.end, s.type])).toEqual([[2, 4, 'ORGANIZATION'], [6, 7, 'PLACE']]);
    // with the re-typer weighed at zero the tagger's choices stand and nothing is added
    const unchanged = retypeSpans({ model, weight: 0, addThreshold: 1 }, x, spans.map((s) => ({ ...s })), [mild(PLACE, 1), mild(PERSON, 2)]);
    expect(unchanged.map((s) => s.type)).toEqual(['PLACE', 'PERSON']);
  });

  it('reads the tagger\'s type scores of a span as log-probabilities, one per choice', () => {
    const x = input([['Kim', 'PROPN'], ['met', 'VERB'], ['Moon', 'PROPN']]);
    const weights = new Int16Array((1 << 10) * (1 + ENTITY_TYPES.length * 4));
    for (let i = 0; i < weights.length; i++) weights[i] = ((i * 7919) % 201) - 100;
    const tagger = Perceptron.fromWeights({ rowBits: 10, nClasses: 1 + ENTITY_TYPES.length * 4 }, weights, 0.01);
    const { spans, typeScores } = tagEntitiesWithTypeScores(tagger, x);
    expect(RETYPER_CLASSES).toBe(SPAN_CHOICES);
    for (const span of spans) {
      const scores = spanTypeScores(typeScores, span);
      expect(scores.length).toBe(SPAN_CHOICES);
      for (let i = span.start; i < span.end; i++) {
        const perWord = typeScores.subarray(i * SPAN_CHOICES, (i + 1) * SPAN_CHOICES);
        expect(perWord.reduce((sum, v) => sum + Math.exp(v), 0)).toBeCloseTo(1, 4);
      }
    }
  });
});
