import { describe, expect, it } from 'vitest';
import { batchedLines } from '../../../src/server/batchedLines.js';

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('batchedLines', () => {
  it('writes the lines of one event-loop turn in one call, in order', async () => {
    const chunks: string[] = [];
    const log = batchedLines((chunk) => chunks.push(chunk));
    log.write('GET / 200 1.0ms');
    log.write('POST /graphql 200 2.0ms');
    expect(chunks).toEqual([]);
    await nextTurn();
    expect(chunks).toEqual(['GET / 200 1.0ms\nPOST /graphql 200 2.0ms\n']);
    log.write('third');
    await nextTurn();
    expect(chunks).toEqual(['GET / 200 1.0ms\nPOST /graphql 200 2.0ms\n', 'third\n']);
  });

  it('flush writes pending lines at once and nothing twice', async () => {
    const chunks: string[] = [];
    const log = batchedLines((chunk) => chunks.push(chunk));
    log.flush();
    expect(chunks).toEqual([]);
    log.write('a');
    log.flush();
    expect(chunks).toEqual(['a\n']);
    await nextTurn();
    expect(chunks).toEqual(['a\n']);
  });
});
