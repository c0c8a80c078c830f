import { describe, expect, it } from 'vitest';
import { canonicalPredicateName, predicateNames } from '../../../src/extraction/canonicalPredicate.js';

describe('canonicalPredicateName', () => {
  it('maps verb forms and event nouns to the ontology', () => {
    expect(canonicalPredicateName('MET')).toBe('MEET');
    expect(canonicalPredicateName('meets')).toBe('MEET');
    expect(canonicalPredicateName('launched')).toBe('LAUNCH');
    expect(canonicalPredicateName('Protested')).toBe('PROTEST');
    expect(canonicalPredicateName('invasion')).toBe('INVADE');
    expect(canonicalPredicateName('bought')).toBe('ACQUIRE');
  });

  it('keeps canonical and multi-word names, and lemmatises verbs the ontology lacks', () => {
    expect(canonicalPredicateName('LEADER_OF')).toBe('LEADER_OF');
    expect(canonicalPredicateName('meet')).toBe('MEET');
    expect(canonicalPredicateName('spun')).toBe('SPIN');
    expect(canonicalPredicateName('carry out')).toBe('CARRY_OUT');
  });

  it('lists the names a filter matches: as written and canonical', () => {
    expect(predicateNames('met')).toEqual(['MET', 'MEET']);
    expect(predicateNames('MEET')).toEqual(['MEET']);
  });
});

describe('canonicalPredicateName on odd input', () => {
  it('takes an over-long name as written and never lemmatises it', () => {
    const long = 'x'.repeat(5000);
    expect(canonicalPredicateName(long)).toBe(long.toUpperCase());
    expect(canonicalPredicateName('')).toBe('');
  });
});
