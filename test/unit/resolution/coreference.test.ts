import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/extraction/mentions/Mention.js';
import { resolveMentions } from '../../../src/resolution/coreference/resolveMentions.js';
import { acronymLetters, initials, nameKey, nameTokens } from '../../../src/resolution/coreference/nameKey.js';
import { attach, createCluster, latestMentioned, newCorefContext } from '../../../src/resolution/coreference/CorefContext.js';
import { mergeClusters } from '../../../src/resolution/coreference/mergeClusters.js';
import { newWorkCounter } from '../../../src/extraction/WorkCounter.js';
import { extract } from '../extraction/helpers.js';

/** Hand-made mentions, one token apart per position given, in text order. */
function mentionsOf(specs: Array<Partial<Mention> & { text: string; start: number }>): Mention[] {
  return specs.map((s, index) => ({ index, end: s.start + 1, sentence: 0, name: s.text, type: 'PERSON', strength: 2, kind: 'name', modifier: false, ...s }));
}

const names = (ms: readonly Mention[], entityOf: Int32Array, clusters: ReadonlyArray<{ name: string }>): string[] => ms.map((m) => clusters[entityOf[m.index]!]?.name ?? '-');

describe('name keys', () => {
  it('normalise case, possessives, punctuation and a leading "the"', () => {
    expect(nameKey("The Kremlin’s")).toBe('kremlin');
    expect(nameTokens('Bank of the North')).toEqual(['bank', 'north']);
    expect(initials('North Atlantic Treaty Organization')).toBe('NATO');
    expect(acronymLetters('U.N.')).toBe('UN');
    expect(acronymLetters('Nato')).toBeNull();
  });
});

describe('resolveMentions passes', () => {
  it('joins a surname to the full name and an acronym to the name it spells', () => {
    const ms = mentionsOf([
      { text: 'Ana Reis', start: 0 },
      { text: 'World Health Organization', start: 5, type: 'ORGANIZATION', strength: 3 },
      { text: 'Reis', start: 10 },
      { text: 'WHO', start: 15, type: 'ORGANIZATION' },
    ]);
    const { clusters, entityOf } = resolveMentions(ms, []);
    expect(names(ms, entityOf, clusters)).toEqual(['Ana Reis', 'World Health Organization', 'Ana Reis', 'World Health Organization']);
  });

  it('sends a surname shared by two people to the one mentioned last before it', () => {
    const ms = mentionsOf([
      { text: 'Ana Reis', start: 0 },
      { text: 'Rui Reis', start: 5 },
      { text: 'Reis', start: 10 },
    ]);
    const { clusters, entityOf } = resolveMentions(ms, []);
    expect(names(ms, entityOf, clusters)[2]).toBe('Rui Reis');
  });

  it('merges "known as" links into the longer name and resolves "the company" to the salient organisation', () => {
    const ms = mentionsOf([
      { text: 'Harlow Brewing', start: 0, type: 'ORGANIZATION', strength: 3 },
      { text: 'Brewco', start: 3, type: 'ORGANIZATION' },
      { text: 'the company', start: 8, kind: 'reference', head: 'company', type: 'ORGANIZATION' },
    ]);
    const { clusters, entityOf } = resolveMentions(ms, [{ a: 0, b: 1 }]);
    expect(names(ms, entityOf, clusters)).toEqual(['Harlow Brewing', 'Harlow Brewing', 'Harlow Brewing']);
  });
});

describe('CorefContext', () => {
  it('merging keeps the latest-mention index in step', () => {
    const ms = mentionsOf([
      { text: 'A', start: 0 },
      { text: 'B', start: 4 },
      { text: 'C', start: 8 },
    ]);
    const ctx = newCorefContext(ms, newWorkCounter());
    const a = createCluster(ctx, ms[0]!, 'A');
    const b = createCluster(ctx, ms[1]!, 'B');
    attach(ctx, ms[0]!, a);
    attach(ctx, ms[1]!, b);
    expect(latestMentioned(ctx, [a, b], 6, -1)).toEqual({ cluster: b, start: 4 });
    expect(latestMentioned(ctx, [a, b], 0, -1)).toEqual({ cluster: undefined, start: -1 });
    mergeClusters(ctx, a, b);
    expect([...ctx.entityOf]).toEqual([a.id, a.id, -1]);
    expect(b.mentions).toEqual([]);
    expect(latestMentioned(ctx, [a, b], 6, -1)).toEqual({ cluster: a, start: 4 });
  });
});

describe('a place and the facility named after it', () => {
  it('keeps "Munich" apart from "Munich Airport" but lets a firm be re-mentioned by its first word', () => {
    const x = extract('The flight landed at Munich Airport at noon. Prosecutors in Munich said he was held. Harlow Brewing agreed to buy Copperfield. Harlow said the deal would close soon.');
    const names = x.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Munich Airport', 'Munich']));
    expect(names).not.toContain('Harlow');
  });
});
