/**
 * Crash safety: an ingest child process is killed with SIGKILL at random points, several
 * rounds on one data dir. After each kill the store must open without repair (the stale lock
 * is taken over), every article the child reported as stored must be fully present, and no
 * article may be half-present.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../../src/model/types.js';
import { LOCK_FILE_NAME } from '../../src/store/memory/lockFile.js';
import { openEmbeddedStore } from '../../src/store/memory/EmbeddedStore.js';
import { spawnCli, waitForChild } from './childCli.js';
import { auditStore, expectedGraphs } from './storeChecks.js';
import { seededRandom, syntheticArticles } from './syntheticNews.js';

const ARTICLES = 160;
const ROUNDS = 4;

interface Reported {
  id: string | null;
  source: string;
  status: string;
}

function readReport(file: string): Reported[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.endsWith('}'))
    .map((l) => JSON.parse(l) as Reported);
}

function countLines(file: string): number {
  try {
    return readFileSync(file, 'utf8').split('\n').length - 1;
  } catch {
    return 0;
  }
}

describe('crash safety of ingest (SIGKILL at random points)', () => {
  let tmp = '';
  let inputDir = '';
  let dataDir = '';
  let expected: Map<string, ArticleGraph>;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-crash-'));
    inputDir = path.join(tmp, 'in');
    dataDir = path.join(tmp, 'data');
    mkdirSync(inputDir);
    for (const a of syntheticArticles(ARTICLES, 7)) writeFileSync(path.join(inputDir, a.name), a.text);
    expected = await expectedGraphs([inputDir]);
  });

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it(`keeps every reported article whole over ${ROUNDS} killed runs, then completes`, async () => {
    const rand = seededRandom(Date.now() & 0xffff);
    const reportedIds = new Set<string>();
    let killedMidRun = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const report = path.join(tmp, `report-${round}.ndjson`);
      // Kill after a random number of reported articles (0 = possibly before the first commit).
      const threshold = Math.floor(rand() * ARTICLES * 0.9);
      const child = spawnCli(['ingest', inputDir, '--data', dataDir, '--report', report, '--batch-size', '5']);
      const done = waitForChild(child);
      let exited = false;
      void done.then(() => (exited = true));
      while (!exited && countLines(report) < threshold) await new Promise((r) => setTimeout(r, 3));
      if (!exited) {
        await new Promise((r) => setTimeout(r, Math.floor(rand() * 25)));
        child.kill('SIGKILL');
      }
      const result = await done;
      if (result.signal === 'SIGKILL') killedMidRun++;
      else expect(result.code, result.stderr).toBe(0);

      const reports = readReport(report);
      for (const r of reports) {
        expect(r.status, JSON.stringify(r)).not.toBe('failed');
        if (r.id) reportedIds.add(r.id);
      }
      // The child is dead: its lock is stale and must be taken over without manual repair.
      const store = await openEmbeddedStore(dataDir);
      try {
        const audit = await auditStore(store, expected);
        expect(audit.problems).toEqual([]);
        for (const id of reportedIds) expect(audit.present.has(id), `reported article ${id} is missing after round ${round}`).toBe(true);
      } finally {
        await store.close();
      }
      expect(existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false);
    }
    expect(killedMidRun).toBeGreaterThan(0);

    // A last run without a kill completes the ingest: every article fully present, no duplicates.
    const final = await waitForChild(spawnCli(['ingest', inputDir, '--data', dataDir]));
    expect(final.code, final.stderr).toBe(0);
    const store = await openEmbeddedStore(dataDir, { readOnly: true });
    try {
      const audit = await auditStore(store, expected);
      expect(audit.problems).toEqual([]);
      expect(audit.present.size).toBe(expected.size);
      expect((await store.stats()).articles).toBe(expected.size);
    } finally {
      await store.close();
    }
  }, 120_000);
});
