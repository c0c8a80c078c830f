import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { BackgroundExtractor } from '../../../src/ingest/BackgroundExtractor.js';
import { extractGraph } from '../../../src/ingest/extractGraph.js';
import type { Article } from '../../../src/model/types.js';

const article: Article = {
  id: 'bg-1',
  source: 'background.txt',
  title: 'Port talks',
  publishedAt: '2024-04-02',
  text: 'The Kestrel Port Authority met officials of the Vellar Shipping Company in Oslo on Monday.',
};

/** PIDs of this process's extraction children (the processes the extractor started). */
function extractionChildren(): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((l) => /ingest\/worker\.(ts|js)/.test(l))
    .map((l) => Number.parseInt(l.trim(), 10));
}

const extractor = new BackgroundExtractor({ minConfidence: 0 });
afterAll(() => extractor.close());

describe('BackgroundExtractor', () => {
  it('extracts in a child process what the main thread extracts, and starts a new one after a crash', async () => {
    const expected = extractGraph(article, 0);
    if (!expected.ok) throw new Error(expected.failure.message);
    expect(await extractor.extract(article)).toEqual(expected.graph);
    const [child] = extractionChildren();
    expect(child).toBeGreaterThan(0);
    process.kill(child!, 'SIGKILL');
    await expect.poll(() => extractionChildren().includes(child!)).toBe(false);
    // the request after the crash gets a fresh process
    expect(await extractor.extract(article)).toEqual(expected.graph);
    expect(extractionChildren()).not.toContain(child);
  }, 60_000);

  it('refuses work once closed', async () => {
    await extractor.close();
    await expect(extractor.extract(article)).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/found it closed/) });
    expect(extractionChildren()).toEqual([]);
  });
});
