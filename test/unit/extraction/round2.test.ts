import { describe, expect, it } from 'vitest';
import { extract, find, named } from './helpers.js';

const typeOf = (x: ReturnType<typeof extract>, name: string): string | undefined => x.entities.find((e) => e.name === name)?.type;

describe('appositive subjects', () => {
  it('skips a descriptive aside between the subject and its verb group', () => {
    const x = extract('Brightmoor Foods, the largest baker in southern Wales, has agreed to buy its rival Kettle Lane Bakeries for $90 million.');
    const r = find(x, 'Brightmoor Foods', 'ACQUIRE', 'Kettle Lane Bakeries');
    expect(r?.verb).toBe('buy');
    expect(r?.modality).toBe('planned');
  });

  it('reads a passive inside a relative-clause aside and keeps the host as subject of the main verb', () => {
    const x = extract('Rosa Ibarra, who is coached by the veteran trainer Tomas Lind, defeated Mia Sorensen in Oslo.');
    expect(find(x, 'Tomas Lind', 'COACH', 'Rosa Ibarra')).toBeDefined();
    expect(find(x, 'Rosa Ibarra', 'DEFEAT', 'Mia Sorensen')).toBeDefined();
    expect(find(x, 'Tomas Lind', 'DEFEAT', 'Mia Sorensen')).toBeUndefined();
  });

  it('does not treat a participle clause after an aside as the aside host acting', () => {
    const x = extract('Officials expect the summit at Harbor Hall, a venue north of Kelton, citing the mayor Dana Pruitt.');
    expect(named(x).some((r) => r.s === 'Harbor Hall' && r.predicate === 'CITE')).toBe(false);
  });
});

describe('descriptors and participle clauses', () => {
  it('takes the name after a descriptor noun phrase as the object, keeping the preposition', () => {
    const x = extract('Fenwick Rovers have signed the Chilean winger Pablo Rojas from Dunmore Athletic.');
    const r = find(x, 'Fenwick Rovers', 'SIGN', 'Pablo Rojas');
    expect(r?.qualifiers.from).toBe('Dunmore Athletic');
  });

  it('reads ", beating X" as a participle clause of the previous subject', () => {
    const x = extract('Kenya\'s Ruth Wanjiru won the title on Sunday, beating the defending champion Sara Holm of Norway in the final.');
    expect(find(x, 'Ruth Wanjiru', 'DEFEAT', 'Sara Holm')?.verb).toBe('beat');
    expect(find(x, 'Sara Holm', 'NATIONALITY', 'Norway')).toBeDefined();
    expect(find(x, 'Ruth Wanjiru', 'NATIONALITY', 'Kenya')).toBeDefined();
  });
});

describe('demonym facts', () => {
  it('gives organisations a base country and people a nationality', () => {
    const x = extract('Solvang Wind, a Norwegian energy developer, won the tender. The round was led by the Canadian fund manager Larchmont Partners. The Peruvian architect Lucia Quispe designed the hall.');
    expect(find(x, 'Solvang Wind', 'LOCATED_IN', 'Norway')?.verb).toBe('base');
    expect(typeOf(x, 'Solvang Wind')).toBe('ORGANIZATION');
    expect(find(x, 'Larchmont Partners', 'LOCATED_IN', 'Canada')).toBeDefined();
    expect(find(x, 'Lucia Quispe', 'NATIONALITY', 'Peru')?.verb).toBe('citizen');
    expect(typeOf(x, 'Lucia Quispe')).toBe('PERSON');
  });

  it('maps a shared demonym to the largest territory', () => {
    const x = extract('The American investor Dale Brooks joined the board.');
    expect(find(x, 'Dale Brooks', 'NATIONALITY', 'United States')).toBeDefined();
  });

  it('reads a demonym before a non-state title as nationality, before a state office as a role', () => {
    const x = extract('The Chilean director Marta Soto won the award. Peruvian President Jorge Paz congratulated her.');
    expect(find(x, 'Marta Soto', 'NATIONALITY', 'Chile')).toBeDefined();
    expect(named(x).some((r) => r.s === 'Marta Soto' && r.predicate === 'HOLDS_ROLE')).toBe(false);
    expect(find(x, 'Jorge Paz', 'LEADER_OF', 'Peru')?.verb).toBe('president');
  });
});

describe('role appositions', () => {
  it('resolves possessive owners: its / the noun\'s / a name\'s', () => {
    const x = extract(
      'Calder Logistics hired new staff. Its director, Nora Vance, praised the team. The company\'s security chief, Owen Pike, said the network was safe. Brisk Rail\'s head of personnel, Lena Voigt, accused the union.',
    );
    expect(find(x, 'Nora Vance', 'HOLDS_ROLE', 'Calder Logistics')?.verb).toBe('director');
    expect(find(x, 'Owen Pike', 'HOLDS_ROLE', 'Calder Logistics')?.verb).toBe('security chief');
    expect(find(x, 'Lena Voigt', 'HOLDS_ROLE', 'Brisk Rail')?.verb).toBe('head of personnel');
    expect(typeOf(x, 'Brisk Rail')).toBe('ORGANIZATION');
  });

  it('finds the organisation after "of" through a possessor and descriptors', () => {
    const x = extract('The contract was signed by Ivo Petrov, the head of Bulgaria\'s power utility Enerkom.');
    expect(find(x, 'Ivo Petrov', 'LEADER_OF', 'Enerkom')?.verb).toBe('head');
  });

  it('gives an organisation-owned title before a name to the organisation written before it', () => {
    const x = extract('"We needed him," said Fenwick Rovers coach Ada Brennan.');
    expect(find(x, 'Ada Brennan', 'HOLDS_ROLE', 'Fenwick Rovers')?.verb).toBe('coach');
    expect(typeOf(x, 'Fenwick Rovers')).toBe('ORGANIZATION');
  });

  it('infers the owner of a bare corporate title and of a state office in a one-country article', () => {
    const x = extract(
      'Peru raised its growth forecast. Peru will also cut fuel taxes, and Peru expects exports to rise. Trade Minister Rosa Mendez said the plan was sound. Andes Mining Group reported higher profits. Chief executive Luis Ortega said prices had risen.',
    );
    const minister = find(x, 'Rosa Mendez', 'HOLDS_ROLE', 'Peru');
    expect(minister?.verb).toBe('trade minister');
    // An inferred owner is less sure than one the text states.
    const stated = find(extract("Peru raised its growth forecast. Peru's Trade Minister Rosa Mendez said the plan was sound."), 'Rosa Mendez', 'HOLDS_ROLE', 'Peru');
    expect(minister!.confidence).toBeLessThan(stated!.confidence);
    expect(named(x).some((r) => r.s === 'Luis Ortega' && r.o === 'Andes Mining Group')).toBe(true);
  });

  it('does not guess the country of a state office when two countries share the article', () => {
    const x = extract('Peru and Chile signed a pact. Chile and Peru will share data. Energy Minister Rosa Mendez said the pact was fair.');
    expect(named(x).some((r) => r.s === 'Rosa Mendez' && (r.o === 'Peru' || r.o === 'Chile'))).toBe(false);
  });

  it('keeps bodies named with a title word and "of" whole', () => {
    const x = extract('The launch was reported by Norway\'s Joint Chiefs of Staff on Monday.');
    expect(x.entities.some((e) => e.name === 'Joint Chiefs of Staff' && e.type === 'ORGANIZATION')).toBe(true);
    expect(x.entities.some((e) => e.name === 'Joint')).toBe(false);
  });
});
