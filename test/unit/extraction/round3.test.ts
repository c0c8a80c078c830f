import { describe, expect, it } from 'vitest';
import { extract, find, named } from './helpers.js';

describe('seat of organisations', () => {
  it('reads "Y-based" in an appositive and a following descriptor as LOCATED_IN with verb base', () => {
    const x = extract('Marlow Dynamics, a Lisbon-based engineering firm, opened a plant. The Oslo-based lender Fjordbank financed it.');
    expect(find(x, 'Marlow Dynamics', 'LOCATED_IN', 'Lisbon')?.verb).toBe('base');
    expect(find(x, 'Fjordbank', 'LOCATED_IN', 'Oslo')?.verb).toBe('base');
  });

  it('reads ", based in Y" after a name', () => {
    const x = extract('Quill Robotics, based in Tampere, hired forty engineers.');
    expect(find(x, 'Quill Robotics', 'LOCATED_IN', 'Tampere')).toBeDefined();
  });
});

describe('affiliated groups as subjects', () => {
  it('lets "researchers at X" act for the organisation X', () => {
    const x = extract('Researchers at the Hallam Institute have analysed samples supplied by Norvik Labs. Engineers from Carden Motors visited Vexa Aerospace in March.');
    expect(find(x, 'Carden Motors', 'VISIT', 'Vexa Aerospace')).toBeDefined();
    expect(x.entities.some((e) => e.name === 'Engineers' || e.name === 'Researchers')).toBe(false);
  });
});

describe('roles held for a person or through a relative possessive', () => {
  it('reads "X\'s lawyer, Y" and "her agent, Y" as roles towards the person', () => {
    const x = extract('The singer Dora Vance was fined. Vance\'s lawyer, Piet Oosten, said she would appeal.');
    const y = extract('The singer Dora Vance was fined on Monday. Her agent, Lia Moreno, declined to comment.');
    expect(find(x, 'Piet Oosten', 'HOLDS_ROLE', 'Dora Vance')?.verb).toBe('lawyer');
    expect(find(y, 'Lia Moreno', 'HOLDS_ROLE', 'Dora Vance')?.verb).toBe('agent');
  });

  it('reads "X, whose chairman, Y, …" as a leader fact', () => {
    const x = extract('The talks were led by the dockers\' union Portlink, whose chairman, Aldo Ferri, demanded a pay rise.');
    expect(find(x, 'Aldo Ferri', 'LEADER_OF', 'Portlink')?.verb).toBe('chairman');
  });
});

describe('coordinated arguments', () => {
  it('gives each coordinated object and passive agent its own fact', () => {
    const x = extract('Velmont halted shipments to Arvida Holdings and Kessler Group on Monday. The accord was signed by Dunmore Holdings and Tarrow Mining.');
    expect(find(x, 'Velmont', 'SUSPEND', 'Arvida Holdings')).toBeDefined();
    expect(find(x, 'Velmont', 'SUSPEND', 'Kessler Group')).toBeDefined();
    expect(x.entities.some((e) => e.name === 'Kessler Group')).toBe(true);
  });

  it('keeps "X and Y Authority" one name but splits two complete organisation names', () => {
    const x = extract('The Fair Trading and Markets Authority fined Brookfield Group and Oduya Foods.');
    expect(x.entities.some((e) => e.name === 'Fair Trading and Markets Authority')).toBe(true);
    expect(x.entities.some((e) => e.name === 'Brookfield Group')).toBe(true);
    expect(x.entities.some((e) => e.name === 'Oduya Foods')).toBe(true);
  });
});

describe('definite references', () => {
  it('resolves "the company" to the organisation in view and "the probe" to the name it introduced', () => {
    const x = extract('Halvard Mining Group said output rose. The company hired Brenna Lowe as finance chief. The probe Vela-3 reached orbit on Monday. The probe was built by Orrin Aerospace.');
    expect(find(x, 'Halvard Mining Group', 'HIRE', 'Brenna Lowe')).toBeDefined();
    expect(named(x).some((r) => r.s === 'Orrin Aerospace' && r.o === 'Vela-3')).toBe(true);
    expect(x.entities.some((e) => e.name === 'company' || e.name === 'probe')).toBe(false);
  });
});
