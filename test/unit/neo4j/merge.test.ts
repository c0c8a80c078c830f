import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lookupName, mergeEntity, mergeFact, MAX_LOOKUP_BYTES } from '../../../src/store/neo4j/merge.js';
import type { EntityContribution, FactContribution } from '../../../src/store/neo4j/merge.js';
import { storedEntity, storedFact } from '../../../src/store/memory/records.js';
import { ENTITY_TYPES } from '../../../src/model/types.js';
import type { Modality } from '../../../src/model/types.js';

const MODALITIES: Modality[] = ['asserted', 'planned', 'reported', 'possible'];
const word = fc.constantFrom('Kim', 'kim', 'Putin', 'V. Putin', 'Moscow', 'moscow ', 'Ann', '__proto__');

const entityContribs = fc.uniqueArray(
  fc.record({ articleId: fc.constantFrom('a1', 'a2', 'a3', 'b', 'c9'), count: fc.nat(6), name: word, type: fc.constantFrom(...ENTITY_TYPES), aliases: fc.uniqueArray(word, { maxLength: 3 }) }),
  { minLength: 1, maxLength: 5, selector: (c) => c.articleId },
);
const factContribs = fc.uniqueArray(
  fc.record({
    articleId: fc.constantFrom('a1', 'a2', 'a3', 'b'),
    verb: fc.constantFrom('meet', 'see', 'greet'),
    qualifiers: fc.dictionary(fc.constantFrom('at', 'date', 'via'), word, { maxKeys: 2 }),
    confidence: fc.constantFrom(0.2, 0.5, 0.5, 0.9),
    modality: fc.constantFrom(...MODALITIES),
    evidence: fc.array(fc.record({ sentence: word, start: fc.nat(50), end: fc.nat(50) }), { maxLength: 2 }),
  }),
  { minLength: 1, maxLength: 4, selector: (c) => c.articleId },
);
const byId = <T extends { articleId: string }>(xs: T[]): T[] => [...xs].sort((a, b) => (a.articleId < b.articleId ? -1 : 1));

describe('merge rules match the embedded store', () => {
  it('entities: name, type, aliases, mentionCount, articleIds', () => {
    fc.assert(
      fc.property(entityContribs, (contribs: EntityContribution[]) => {
        const sorted = byId(contribs);
        const mine = mergeEntity('k', contribs);
        const theirs = storedEntity({ key: 'k', arts: sorted.map((c) => [c.articleId, c.name, c.type, c.count, c.aliases]) });
        expect(mine && { key: mine.key, name: mine.name, type: mine.type, aliases: mine.aliases, mentionCount: mine.mentionCount, articleIds: mine.articleIds }).toEqual(theirs);
      }),
    );
  });

  it('facts: confidence, verb, modality, qualifiers, articleIds, evidence', () => {
    fc.assert(
      fc.property(factContribs, (contribs: FactContribution[]) => {
        const sorted = byId(contribs);
        const mine = mergeFact(contribs);
        const theirs = storedFact({
          key: 'f', s: 's', p: 'MET', o: 'o', neg: false,
          arts: sorted.map((c) => [c.articleId, c.confidence, c.verb, c.modality, Object.entries(c.qualifiers), c.evidence.map((e) => [e.sentence, e.start, e.end])]),
        });
        expect(mine).toEqual({ verb: theirs.verb, qualifiers: theirs.qualifiers, confidence: theirs.confidence, modality: theirs.modality, articleIds: theirs.articleIds, evidence: theirs.evidence });
      }),
    );
  });
});

describe('merge details', () => {
  it('returns null once nothing contributes', () => {
    expect(mergeEntity('k', [])).toBeNull();
    expect(mergeFact([])).toBeNull();
  });

  it('builds lookup and search forms from normalised names', () => {
    const m = mergeEntity('vladimir putin', [
      { articleId: 'a2', count: 1, name: 'vladimir putin', type: 'OTHER', aliases: ['V. Putin'] },
      { articleId: 'a1', count: 5, name: 'Vladimir  Putin', type: 'PERSON', aliases: ['Putin'] },
    ]);
    expect(m).toMatchObject({ name: 'Vladimir  Putin', type: 'PERSON', mentionCount: 6, articleIds: ['a1', 'a2'] });
    expect(m?.aliases).toEqual(['Putin', 'vladimir putin', 'V. Putin']);
    expect(m?.nameLower).toBe('vladimir putin');
    expect(m?.aliasesLower).toEqual(['putin', 'vladimir putin', 'v. putin']);
    expect(m?.searchText.split('\n')).toEqual(['vladimir putin', 'putin', 'vladimir putin', 'v. putin']);
  });

  it('keeps long names out of range-index limits while staying exact and distinct', () => {
    const long = 'x'.repeat(10_000);
    expect(lookupName('short name')).toBe('short name');
    const a = lookupName(long);
    expect(Buffer.byteLength(a)).toBeLessThan(MAX_LOOKUP_BYTES);
    expect(lookupName(`${long}y`)).not.toBe(a);
    expect(lookupName(long)).toBe(a);
    const m = mergeEntity('k', [{ articleId: 'a', count: 1, name: long, type: 'OTHER', aliases: [] }]);
    expect(m?.nameLower).toBe(a);
    expect(m?.searchText).toBe(long);
  });
});
