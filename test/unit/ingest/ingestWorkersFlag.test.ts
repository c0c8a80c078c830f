import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../helpers/cliHarness.js';

const corpus = path.resolve(__dirname, '../../../corpus');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-workers-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('newsgraph ingest --workers', () => {
  it('rejects a worker count outside 1 … 64 with a usage message', async () => {
    const run = await runCliCaptured(['ingest', corpus, '--data', path.join(tmp, 'bad'), '--workers', '0']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('--workers expects a whole number from 1 to 64, found 0');
  });

  it('ingests with two workers and reports the same summary line as one', async () => {
    const one = await runCliCaptured(['ingest', corpus, '--data', path.join(tmp, 'one')]);
    const two = await runCliCaptured(['ingest', corpus, '--data', path.join(tmp, 'two'), '--workers', '2']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout).toMatch(/^ingested \d+ article\(s\) \(\d+ new/m);
    expect(two.stdout).toBe(one.stdout);
  }, 60_000);
});
