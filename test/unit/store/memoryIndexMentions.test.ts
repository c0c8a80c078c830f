import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryIndex } from '../../../src/store/memory/MemoryIndex.js';

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

describe('MemoryIndex entity–article links', () => {
  it('keeps each entity\'s article ids unique and in code-unit order under any add/remove sequence', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('e1', 'e2'), fc.string({ maxLength: 4 }), fc.boolean()), { maxLength: 60 }), (ops) => {
        const index = new MemoryIndex();
        const model = new Map<string, Set<string>>([['e1', new Set()], ['e2', new Set()]]);
        for (const [entity, id, add] of ops) {
          if (add) {
            index.addMention(entity, id);
            model.get(entity)!.add(id);
          } else {
            index.removeMention(entity, id);
            model.get(entity)!.delete(id);
          }
        }
        for (const [entity, ids] of model) expect(index.articleIdsOf(entity)).toEqual([...ids].sort(byCodeUnit));
      }),
    );
  });

  it('returns no ids for an unknown entity', () => {
    const index = new MemoryIndex();
    index.addMention('a', 'x');
    index.removeMention('a', 'x');
    expect(index.articleIdsOf('a')).toEqual([]);
    expect(index.articleIdsOf('nobody')).toEqual([]);
  });
});
