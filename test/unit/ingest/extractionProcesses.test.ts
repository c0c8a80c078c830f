import { describe, expect, it } from 'vitest';
import { EXTRACTION_V8_OPTIONS, ExtractionPool, extractionExecArgv, usefulWorkers } from '../../../src/ingest/ExtractionPool.js';
import { parseWorkerConfig } from '../../../src/ingest/messages.js';

describe('extractionExecArgv', () => {
  it('passes node options on, drops inspector ones, and ends with the extraction V8 options', () => {
    expect(extractionExecArgv(['--max-old-space-size=4096', '--inspect=9229', '--enable-source-maps', '--inspect-port', '9230', '--inspect-brk'], null)).toEqual([
      '--max-old-space-size=4096',
      '--enable-source-maps',
      ...EXTRACTION_V8_OPTIONS,
    ]);
    expect(EXTRACTION_V8_OPTIONS.length).toBeGreaterThan(0);
  });

  it('adds the tsx loader for TypeScript sources unless tsx is already imported', () => {
    expect(extractionExecArgv([], 'file:///x/node_modules/tsx/dist/loader.mjs')).toEqual([
      '--import',
      'file:///x/node_modules/tsx/dist/loader.mjs',
      ...EXTRACTION_V8_OPTIONS,
    ]);
    expect(extractionExecArgv(['--import', 'tsx'], 'file:///x/tsx/dist/loader.mjs')).toEqual(['--import', 'tsx', ...EXTRACTION_V8_OPTIONS]);
    expect(extractionExecArgv(['--import=tsx'], 'file:///x/tsx/dist/loader.mjs')).toEqual(['--import=tsx', ...EXTRACTION_V8_OPTIONS]);
  });
});

describe('parseWorkerConfig', () => {
  it('reads the JSON config a child gets and names what it found otherwise', () => {
    expect(parseWorkerConfig('{"minConfidence":0.4}')).toEqual({ minConfidence: 0.4 });
    expect(() => parseWorkerConfig(undefined)).toThrow('expects a JSON config {"minConfidence": <number>}, found nothing');
    expect(() => parseWorkerConfig('{"minConfidence":"high"}')).toThrow('found the string');
  });
});

describe('ExtractionPool lifecycle', () => {
  it('extracts in child processes and answers requests made after close() with a failure', async () => {
    const pool = ExtractionPool.start(2, { minConfidence: 0 });
    const article = { id: 'p1', source: 'p1.txt', title: null, publishedAt: null, text: 'Acme Corp acquired Globex in Paris on Monday, the companies said.' };
    const outcomes = await Promise.all([pool.extract(article), pool.extract({ ...article, id: 'p2', source: 'p2.txt' })]);
    expect(outcomes.map((o) => o.ok && o.graph.article.id)).toEqual(['p1', 'p2']);
    const first = outcomes[0];
    if (first?.ok) {
      expect(first.graph.text).toBe(article.text);
      expect(first.graph.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Acme Corp', 'Globex']));
    }
    await pool.close();
    const late = await pool.extract(article);
    expect(late.ok).toBe(false);
    if (!late.ok) {
      expect(late.failure.code).toBe('INTERNAL');
      expect(late.failure.source).toBe('p1.txt');
    }
  }, 30_000);
});

describe('usefulWorkers', () => {
  it('starts at most one extraction process per core, and at least one worker', () => {
    expect(usefulWorkers(2, 2)).toBe(2);
    expect(usefulWorkers(4, 2)).toBe(2);
    expect(usefulWorkers(2, 1)).toBe(1);
    expect(usefulWorkers(3, 8)).toBe(3);
    expect(usefulWorkers(1, 0)).toBe(1);
  });
});
