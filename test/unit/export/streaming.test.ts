import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../../src/export/exportGraph.js';
import type { StoredArticle, StoredEntity, StoredFact } from '../../../src/model/types.js';
import type { GraphStore } from '../../../src/store/GraphStore.js';

const ENTITIES = 1_000;
const FACTS = 20_000;

function entity(i: number): StoredEntity {
  return { key: `e${i}`, name: `Entity ${i}`, type: i % 2 ? 'PERSON' : 'ORGANIZATION', aliases: [], mentionCount: 1, articleIds: [`a${i % 10}`] };
}

function fact(i: number): StoredFact {
  return {
    key: `f${i}`,
    subject: `e${i % ENTITIES}`,
    predicate: i % 3 ? 'MET' : 'VISITED',
    verb: 'meet',
    object: `e${(i * 7 + 1) % ENTITIES}`,
    qualifiers: {},
    confidence: (i % 10) / 10,
    negated: false,
    modality: 'asserted',
    articleIds: [`a${i % 10}`],
    evidence: [{ articleId: `a${i % 10}`, sentence: `Sentence ${i}.`, start: 0, end: 12 }],
  };
}

/** A store that generates a large graph lazily and counts how far it has been read. */
function lazyStore(): { store: GraphStore; pulled: () => number; entityLookups: () => number } {
  let pulled = 0;
  let lookups = 0;
  const unsupported = (): never => {
    throw new Error('a streaming export must not call this');
  };
  const store: GraphStore = {
    description: 'lazy test store',
    upsertArticles: unsupported,
    deleteArticle: unsupported,
    getArticle: async (id) => ({ id, title: id, source: id, publishedAt: '2024-01-01', hash: id, entityCount: 0, factCount: 0 }),
    getArticleText: unsupported,
    listArticles: unsupported,
    entityArticles: unsupported,
    getEntity: unsupported,
    getEntities: async (keys) => {
      lookups++;
      return keys.map((k) => entity(Number(k.slice(1))));
    },
    findEntity: unsupported,
    searchEntities: unsupported,
    getFact: unsupported,
    relations: unsupported,
    neighbors: unsupported,
    shortestPath: unsupported,
    stats: unsupported,
    async *iterateArticles(): AsyncGenerator<StoredArticle> {
      for (let i = 0; i < 10; i++) yield { id: `a${i}`, title: null, source: `s${i}`, publishedAt: '2024-01-01', hash: `h${i}`, entityCount: 0, factCount: 0 };
    },
    async *iterateEntities(): AsyncGenerator<StoredEntity> {
      for (let i = 0; i < ENTITIES; i++) yield entity(i);
    },
    async *iterateFacts(): AsyncGenerator<StoredFact> {
      for (let i = 0; i < FACTS; i++) {
        pulled++;
        yield fact(i);
      }
    },
    close: async () => {},
  };
  return { store, pulled: () => pulled, entityLookups: () => lookups };
}

/** A slow sink with a tiny buffer: records how many facts had been read at each write. */
function sink(pulled: () => number): { out: Writable; firstFactWrite: () => number; lines: () => number } {
  let first = -1;
  let lines = 0;
  const out = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _enc, done) {
      const text = chunk.toString('utf8');
      if (first < 0 && text.includes('"f')) first = pulled();
      lines += text.split('\n').length - 1;
      setImmediate(done);
    },
  });
  return { out, firstFactWrite: () => first, lines: () => lines };
}

describe('streaming exports', () => {
  it('ndjson writes facts while the store is still being read, with batched entity lookups', async () => {
    const { store, pulled, entityLookups } = lazyStore();
    const s = sink(pulled);
    const summary = await exportGraph(store, 'ndjson', s.out, { types: ['PERSON', 'ORGANIZATION'], since: '2024-01-01' });
    expect(summary.facts).toBe(FACTS);
    expect(s.lines()).toBe(FACTS);
    expect(s.firstFactWrite()).toBeGreaterThan(0);
    expect(s.firstFactWrite()).toBeLessThanOrEqual(512);
    expect(entityLookups()).toBeLessThanOrEqual(FACTS / 256 + 1);
  });

  it('graphml streams with a predicate-free selection and never asks for a neighbourhood', async () => {
    const { store, pulled } = lazyStore();
    const s = sink(pulled);
    const summary = await exportGraph(store, 'graphml', s.out, { types: ['PERSON'] });
    // Facts are kept only when both ends are PERSON (odd keys), which this generator never produces.
    const expected = Array.from({ length: FACTS }, (_, i) => i).filter((i) => (i % ENTITIES) % 2 === 1 && ((i * 7 + 1) % ENTITIES) % 2 === 1).length;
    expect(expected).toBe(0);
    expect(summary).toMatchObject({ entities: ENTITIES / 2, facts: expected });
    expect(pulled()).toBe(FACTS);
    const orgs = await exportGraph(store, 'graphml', sink(pulled).out, { types: ['ORGANIZATION', 'PERSON'], minConfidence: null });
    expect(orgs).toMatchObject({ entities: ENTITIES, facts: FACTS });
  });
});
