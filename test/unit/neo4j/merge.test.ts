import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lookupName, mergeFact, MAX_LOOKUP_BYTES } from '../../../src/store/neo4j/merge.js';
import type { FactContribution } from '../../../src/store/neo4j/merge.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openEmbeddedStore } from '../../../src/store/memory/EmbeddedStore.js';
import type { GraphStore } from '../../../src/store/GraphStore.js';
import type { ArticleGraph } from '../../../src/model/types.js';
import type { Modality } from '../../../src/model/types.js';

const MODALITIES: Modality[] = ['asserted', 'planned', 'reported', 'possible'];
const word = fc.constantFrom('Kim', 'kim', 'Putin', 'V. Putin', 'Moscow', 'moscow ', 'Ann', '__proto__');

const factContribs = fc.uniqueArray(
  fc.record({
    articleId: fc.constantFrom('a1', 'a2', 'a3', 'b'),
    verb: fc.constantFrom('meet', 'see', 'greet'),
    qualifiers: fc.dictionary(fc.constantFrom('at', 'date', 'via'), word, { maxKeys: 2 }),
    confidence: fc.constantFrom(0.2, 0.5, 0.5, 0.9),
    modality: fc.constantFrom(...MODALITIES),
    evidence: fc.array(fc.tuple(word, fc.nat(50), fc.nat(50)).map(([sentence, a, b]) => ({ sentence, start: Math.min(a, b), end: Math.max(a, b) })), { maxLength: 2 }),
  }),
  { minLength: 1, maxLength: 4, selector: (c) => c.articleId },
);
const byId = <T extends { articleId: string }>(xs: T[]): T[] => [...xs].sort((a, b) => (a.articleId < b.articleId ? -1 : 1));

/** The embedded store, filled with the same contributions in article-id order, is the reference. */
async function withEmbedded<T>(graphs: ArticleGraph[], body: (store: GraphStore) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-merge-'));
  const store = await openEmbeddedStore(dir);
  try {
    await store.upsertArticles(graphs);
    return await body(store);
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function meta(id: string): ArticleGraph['article'] {
  return { id, title: null, source: `${id}.txt`, publishedAt: null, hash: `h-${id}` };
}

describe('fact merge rules match the embedded store', () => {
  it('facts: confidence, verb, modality, qualifiers, articleIds, evidence', async () => {
    await fc.assert(
      fc.asyncProperty(factContribs, async (contribs: FactContribution[]) => {
        const mine = mergeFact(contribs);
        const graphs = byId(contribs).map((c) => ({
          article: meta(c.articleId),
          text: '',
          entities: [
            { key: 's', name: 'S', type: 'PERSON' as const, aliases: [], mentions: 1 },
            { key: 'o', name: 'O', type: 'PERSON' as const, aliases: [], mentions: 1 },
          ],
          facts: [{ key: 'f', subject: 's', predicate: 'MET', verb: c.verb, object: 'o', qualifiers: c.qualifiers, confidence: c.confidence, negated: false, modality: c.modality, evidence: c.evidence }],
        }));
        const theirs = await withEmbedded(graphs, (store) => store.getFact('f'));
        expect(theirs).not.toBeNull();
        expect(mine).toEqual({ verb: theirs!.verb, qualifiers: theirs!.qualifiers, confidence: theirs!.confidence, modality: theirs!.modality, articleIds: theirs!.articleIds, evidence: theirs!.evidence });
      }),
      { numRuns: 40 },
    );
  });
});

describe('merge details', () => {
  it('returns null once nothing contributes', () => {
    expect(mergeFact([])).toBeNull();
  });

  it('keeps long names out of range-index limits while staying exact and distinct', () => {
    const long = 'x'.repeat(10_000);
    expect(lookupName('short name')).toBe('short name');
    const a = lookupName(long);
    expect(Buffer.byteLength(a)).toBeLessThan(MAX_LOOKUP_BYTES);
    expect(lookupName(`${long}y`)).not.toBe(a);
    expect(lookupName(long)).toBe(a);
  });
});
