import { describe, expect, it } from 'vitest';
import { mapInOrder } from '../../../src/ingest/mapInOrder.js';

async function* counter(n: number, pulled: { count: number }): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) {
    pulled.count++;
    yield i;
  }
}

const tick = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('mapInOrder read-ahead', () => {
  it('keeps starting calls while the consumer is busy, up to maxBuffered, never more than maxInFlight at once', async () => {
    const pulled = { count: 0 };
    let running = 0;
    let peak = 0;
    let started = 0;
    const gen = mapInOrder(
      counter(100, pulled),
      async (x) => {
        started++;
        running++;
        peak = Math.max(peak, running);
        await tick(1);
        running--;
        return x * 2;
      },
      2,
      10,
    );
    expect((await gen.next()).value).toBe(0);
    // The consumer is now "busy" (not pulling): calls go on until 10 results wait.
    await tick(200);
    expect(started).toBe(11); // the consumed one + 10 buffered
    expect(peak).toBeLessThanOrEqual(2);
    const rest: number[] = [];
    for await (const x of gen) rest.push(x);
    expect(rest).toEqual(Array.from({ length: 99 }, (_, i) => (i + 1) * 2));
    expect(peak).toBe(2);
  });

  it('stops reading the source when the consumer stops early, and surfaces a source error after earlier results', async () => {
    const pulled = { count: 0 };
    const gen = mapInOrder(counter(1000, pulled), async (x) => x, 2, 4);
    for await (const x of gen) if (x === 3) break;
    await tick(20);
    expect(pulled.count).toBeLessThanOrEqual(3 + 4 + 2);

    async function* failing(): AsyncGenerator<number> {
      yield 1;
      yield 2;
      throw new Error('expected readable input, found a broken stream');
    }
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const x of mapInOrder(failing(), async (v) => v * 10, 2)) seen.push(x);
      })(),
    ).rejects.toThrow('broken stream');
    expect(seen).toEqual([10, 20]);
  });
});
