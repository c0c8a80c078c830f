import { describe, expect, it } from 'vitest';
import { buildArticleExtraction } from '../../../src/resolution/buildArticleExtraction.js';
import { extract, find, named } from './helpers.js';

const withTitle = (title: string, text: string) => buildArticleExtraction({ id: 't', source: 't.txt', title, publishedAt: '2024-05-11', text });

describe('salient common-noun arguments', () => {
  it('fills the object slot with a repeated common noun when no name does', () => {
    const x = extract('Harbour police in Kestrel seized the contraband on Monday. Customs officer Mira Tollan bought more contraband in a van. The contraband came from Osterby.');
    const r = named(x).find((f) => f.s === 'Mira Tollan' && f.o === 'contraband');
    expect(r?.predicate).toBe('ACQUIRE');
  });

  it('takes a headline noun as salient and ignores nouns neither repeated nor in the headline', () => {
    const x = withTitle('Mill buys more copper ore', 'Vardo Logistics shipped copper ore to Brisk. Vardo Logistics admired the view.');
    expect(named(x).some((f) => f.s === 'Vardo Logistics' && f.o === 'copper ore')).toBe(true);
    expect(named(x).some((f) => f.o === 'view')).toBe(false);
  });

  it('skips quantity units before "of" and keeps single mentions out', () => {
    const x = extract('Vardo Logistics shipped six tonnes of copper ore to Brisk. Later the copper ore was weighed. Vardo Logistics admired the view.');
    expect(named(x).some((f) => f.s === 'Vardo Logistics' && f.o === 'copper ore')).toBe(true);
    expect(named(x).some((f) => f.o === 'view')).toBe(false);
  });

  it('reads a passive with a common-noun patient: "The strike was called by X"', () => {
    const x = withTitle('Pilots strike grounds flights', 'The strike was called by the pilots\' union Aerovia. It lasted two days.');
    const r = named(x).find((f) => f.s === 'Aerovia' && f.o === 'strike');
    expect(r?.predicate).toBe('CALL');
  });
});

describe('predicative and prepositional roles', () => {
  it('reads "X is the chief executive" with the organisation in view', () => {
    const x = extract('Tolvane Systems makes sensors. Rhea Castellan is the chief executive.');
    expect(find(x, 'Rhea Castellan', 'LEADER_OF', 'Tolvane Systems')?.verb).toBe('chief executive');
  });

  it('reads "X was elected mayor of Y"', () => {
    const x = extract('Ilse Varga was elected mayor of Dornbach on Sunday.');
    expect(find(x, 'Ilse Varga', 'LEADER_OF', 'Dornbach')?.verb).toBe('mayor');
  });

  it('reads "the chief executive of the … company Y, X,"', () => {
    const x = extract('The contract was signed by the chief executive of the state mining company Ferrox, Dima Olenko, and by Bo Kentis.');
    expect(find(x, 'Dima Olenko', 'LEADER_OF', 'Ferrox')?.verb).toBe('chief executive');
    expect(named(x).some((f) => f.s === 'Bo Kentis' && f.o === 'Ferrox' && f.predicate === 'LEADER_OF')).toBe(false);
  });

  it('reads "X, who heads Y" as leadership, not travel', () => {
    const x = extract('Pell Ardent, who heads Corvel Bank, said the plan was sound.');
    expect(find(x, 'Pell Ardent', 'LEADER_OF', 'Corvel Bank')).toBeDefined();
    expect(find(x, 'Pell Ardent', 'TRAVEL', 'Corvel Bank')).toBeUndefined();
  });

  it('gives an owner-less state title to the most mentioned country', () => {
    const x = extract('Portugal approved the levy. Trade Minister Anouk Brel said Portugal would not wait for Spain. Portugal and Spain trade grain.');
    expect(find(x, 'Anouk Brel', 'HOLDS_ROLE', 'Portugal')?.verb).toBe('trade minister');
  });
});
