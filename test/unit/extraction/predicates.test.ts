import { describe, expect, it } from 'vitest';
import { PREDICATES, definitionForNoun, isSymmetricPredicate, predicateForVerb, toUpperSnake } from '../../../src/extraction/predicates.js';

describe('predicate ontology', () => {
  it('has 40–80 distinct UPPER_SNAKE predicates', () => {
    const names = PREDICATES.map((p) => p.predicate);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(40);
    expect(names.length).toBeLessThanOrEqual(80);
    for (const n of names) expect(n).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
  });

  it('maps verb lemmas to canonical predicates', () => {
    expect(predicateForVerb('meet')).toBe('MEET');
    expect(predicateForVerb('fire')).toBe('FIRE');
    expect(predicateForVerb('purchase')).toBe('ACQUIRE');
    expect(predicateForVerb('greet')).toBe('WELCOME');
  });

  it('gives unknown verbs a predicate from the lemma', () => {
    expect(predicateForVerb('hone')).toBe('DEVELOP');
    expect(predicateForVerb('bamboozle')).toBe('BAMBOOZLE');
    expect(toUpperSnake('carry out')).toBe('CARRY_OUT');
  });

  it('maps event nouns used after light verbs', () => {
    expect(definitionForNoun('talks')?.predicate).toBe('MEET');
    expect(definitionForNoun('protest')?.predicate).toBe('PROTEST');
    expect(definitionForNoun('test')?.predicate).toBe('TEST');
    expect(definitionForNoun('invasion')?.predicate).toBe('INVADE');
  });

  it('knows which predicates are symmetric', () => {
    expect(isSymmetricPredicate('MEET')).toBe(true);
    expect(isSymmetricPredicate('ATTACK')).toBe(false);
  });
});
