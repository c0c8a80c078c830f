import { describe, expect, it } from 'vitest';
import { extract, find, named } from './helpers.js';

describe('co-agents', () => {
  it('relates the agent of a passive and the body acting together with it', () => {
    const x = extract('The study was run by the Volta Health Research Centre together with researchers from the Geneva Institute of Tropical Medicine.');
    const pair = named(x).find((r) => r.predicate === 'COOPERATE');
    expect([pair?.s, pair?.o].sort()).toEqual(['Geneva Institute of Tropical Medicine', 'Volta Health Research Centre']);
  });

  it('relates a subject and its partner named with "alongside"', () => {
    const x = extract('Arctis Space built the lander alongside the Nordic Space Agency.');
    expect(named(x).some((r) => r.predicate === 'COOPERATE')).toBe(true);
  });

  it('needs "together" or "along" before a with-phrase ("met with X" is no cooperation)', () => {
    const x = extract('Arctis Space met with the Nordic Space Agency on Monday.');
    expect(named(x).some((r) => r.predicate === 'COOPERATE')).toBe(false);
  });
});

describe('funding rounds', () => {
  it('makes the leader of a round an investor in the company that raised it', () => {
    const x = extract('Quillon, a Berlin start-up, has raised 40 million euros in a funding round led by the venture firm Harbor Peak Capital.');
    expect(find(x, 'Harbor Peak Capital', 'INVEST_IN', 'Quillon')).toBeDefined();
  });

  it('names no investor where the sentence gives no leader of the round', () => {
    const x = extract('Quillon, a Berlin start-up, has raised 40 million euros from investors in Berlin.');
    expect(named(x).some((r) => r.predicate === 'INVEST_IN')).toBe(false);
  });
});
