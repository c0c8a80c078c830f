import { describe, expect, it } from 'vitest';
import { extract, find, named, triples } from './helpers.js';

describe('verb frames', () => {
  it('extracts subject–verb–object with a prepositional qualifier and resolved date', () => {
    const x = extract('Mayor Lena Ortiz met Governor Sam Patel in Denver on Wednesday.', '2024-05-11');
    const r = find(x, 'Lena Ortiz', 'MEET', 'Sam Patel');
    expect(r?.verb).toBe('meet');
    expect(r?.qualifiers).toMatchObject({ at: 'Denver', date: '2024-05-08' });
  });

  it('turns a passive with an agent around', () => {
    const x = extract('Farid Haddad was welcomed by Nadia Karam at the Beirut Palace.');
    expect(find(x, 'Nadia Karam', 'WELCOME', 'Farid Haddad')).toBeDefined();
    expect(find(x, 'Farid Haddad', 'WELCOME', 'Nadia Karam')).toBeUndefined();
  });

  it('shares the subject over coordinated verbs and reads relative clauses with via', () => {
    const x = extract('Ines Moreau arrived at Lyon Station and was followed by Karl Brandt, who traveled to Geneva via an armored car.');
    expect(find(x, 'Ines Moreau', 'ARRIVE', 'Lyon Station')).toBeDefined();
    expect(find(x, 'Karl Brandt', 'FOLLOW', 'Ines Moreau')).toBeDefined();
    const t = find(x, 'Karl Brandt', 'TRAVEL', 'Geneva');
    expect(t?.qualifiers.via).toBe('armored car');
  });

  it('marks infinitival purpose as planned', () => {
    const x = extract('Omar Said flew to Cairo to meet Leila Nasser.');
    const r = find(x, 'Omar Said', 'MEET', 'Leila Nasser');
    expect(r?.modality).toBe('planned');
    expect(find(x, 'Omar Said', 'TRAVEL', 'Cairo')?.modality).toBeUndefined();
  });

  it('reads light-verb phrases', () => {
    const x = extract('Finland lodged a protest against Estonia. Sweden held talks with Norway.');
    expect(find(x, 'Finland', 'PROTEST', 'Estonia')?.verb).toBe('lodge protest');
    expect(find(x, 'Sweden', 'MEET', 'Norway')).toBeDefined();
  });

  it('makes symmetric facts from coordinated subjects', () => {
    const x = extract('Chancellor Greta Lind and President Paul Dumas met on Friday.', '2024-05-11');
    const r = named(x).find((q) => q.predicate === 'MEET');
    expect([r?.s, r?.o].sort()).toEqual(['Greta Lind', 'Paul Dumas']);
    expect(r?.qualifiers.date).toBe('2024-05-10');
  });

  it('flags negated facts', () => {
    const x = extract('Ghana did not sign the Accra Accord.');
    const r = named(x).find((q) => q.predicate === 'SIGN');
    expect(r?.negated).toBe(true);
  });

  it('lowers confidence and sets modality for hedged facts', () => {
    const hedged = extract('Portugal is expected to buy two frigates.');
    const plain = extract('Portugal bought two frigates.');
    const h = named(hedged).find((q) => q.predicate === 'ACQUIRE');
    const p = named(plain).find((q) => q.predicate === 'ACQUIRE');
    expect(h?.modality).toBe('planned');
    expect(p?.modality).toBeUndefined();
    expect(h!.confidence).toBeLessThan(p!.confidence);
  });

  it('attributes reported speech without making the speaker the actor', () => {
    const x = extract('The Rivian Observatory said Chile launched two weather satellites.');
    const r = named(x).find((q) => q.predicate === 'LAUNCH');
    expect(r?.s).toBe('Chile');
    expect(r?.qualifiers.attributedTo).toBe('Rivian Observatory');
    expect(named(x).some((q) => q.s === 'Rivian Observatory' && q.predicate === 'LAUNCH')).toBe(false);
  });

  it('resolves pronoun subjects to the latest person and never relates pronouns', () => {
    const x = extract('Anton Weber reached Vienna on Monday. He visited the Hofburg Palace.');
    expect(find(x, 'Anton Weber', 'VISIT', 'Hofburg Palace')).toBeDefined();
    expect(x.entities.some((e) => e.name.toLowerCase() === 'he')).toBe(false);
  });

  it('keeps dates out of object position', () => {
    const x = extract('Kenya signed the deal on Monday.');
    for (const r of named(x)) expect(r.o).not.toMatch(/Monday/);
  });
});

describe('nominal relations', () => {
  it('makes role facts from titles with countries', () => {
    const x = extract("Kenyan President Amani Odera spoke. Japan's Chief Cabinet Secretary Ken Mori listened.");
    expect(find(x, 'Amani Odera', 'LEADER_OF', 'Kenya')?.verb).toBe('president');
    expect(find(x, 'Ken Mori', 'HOLDS_ROLE', 'Japan')?.verb).toBe('chief cabinet secretary');
  });

  it('reads appositive roles and kinship', () => {
    const x = extract("Vela Province's Governor, Rui Costa, welcomed Ana Sousa, Marco Sousa's granddaughter.");
    expect(find(x, 'Rui Costa', 'LEADER_OF', 'Vela Province')?.verb).toBe('governor');
    expect(find(x, 'Ana Sousa', 'RELATIVE_OF', 'Marco Sousa')?.verb).toBe('granddaughter');
    expect(find(x, 'Rui Costa', 'WELCOME', 'Ana Sousa')).toBeDefined();
  });

  it('reads "A, the chief executive of B"', () => {
    const x = extract('Mira Holt, the chief executive of Tandem Foods, said sales rose.');
    expect(find(x, 'Mira Holt', 'LEADER_OF', 'Tandem Foods')).toBeDefined();
  });

  it('reads nationality from possessive countries and demonyms, keeping names clean', () => {
    const x = extract("Chile's Marta Rojas beat the Peruvian Lucia Vega in Lima.");
    expect(find(x, 'Marta Rojas', 'NATIONALITY', 'Chile')).toBeDefined();
    expect(find(x, 'Lucia Vega', 'NATIONALITY', 'Peru')).toBeDefined();
    expect(x.entities.some((e) => e.name.startsWith('Peruvian'))).toBe(false);
  });

  it('locates facilities in places', () => {
    const x = extract("Engineers toured Spain's Almera Dam in the Castel Region.");
    expect(find(x, 'Almera Dam', 'LOCATED_IN', 'Spain')).toBeDefined();
    expect(find(x, 'Almera Dam', 'LOCATED_IN', 'Castel Region')).toBeDefined();
  });

  it('merges duplicate facts and keeps every evidence sentence', () => {
    const x = extract('Peru attacked Bolivia. Later, Peru attacked Bolivia again.');
    const facts = named(x).filter((r) => r.predicate === 'ATTACK');
    expect(facts).toHaveLength(1);
    expect(facts[0]!.evidence).toHaveLength(2);
    expect(triples(x).filter((t) => t === 'Peru ATTACK Bolivia')).toHaveLength(1);
  });
});
