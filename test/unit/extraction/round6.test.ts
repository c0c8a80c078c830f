import { describe, expect, it } from 'vitest';
import { isLexiconWord } from '../../../src/extraction/nlp.js';
import { extract } from './helpers.js';

const names = (text: string): string[] => extract(text).entities.map((e) => e.name);

describe('sentence-initial capitals', () => {
  it('tells lexicon words from names', () => {
    expect(isLexiconWord('heavy')).toBe(true);
    expect(isLexiconWord('turnout')).toBe(true);
    expect(isLexiconWord('vardoski')).toBe(false);
  });

  it('drops a capitalised common word that opens a sentence', () => {
    const found = names('Heavy snow closed the Brenna Pass on Monday. Turnout was low in Oskarby. Financial terms were not disclosed by Tolvane Systems.');
    expect(found).toEqual(expect.arrayContaining(['Brenna Pass', 'Oskarby', 'Tolvane Systems']));
    for (const word of ['Heavy', 'Turnout', 'Financial']) expect(found).not.toContain(word);
  });

  it('keeps it when the text capitalises it elsewhere, and keeps organisation heads and title owners', () => {
    expect(names('Brisk said on Monday it would hire staff. Later, Brisk opened a depot in Oskarby.')).toContain('Brisk');
    expect(names('Police said the depot in Oskarby was closed.')).toContain('Police');
    const x = extract('The Varda Workers Union opposed the plan. Union spokeswoman Ilse Marrow said talks had failed.');
    expect(x.entities.find((e) => e.name === 'Ilse Marrow')?.type).toBe('PERSON');
  });

  it('keeps unknown sentence-initial names', () => {
    expect(names('Vardoski said the plan would fail.')).toContain('Vardoski');
  });
});
