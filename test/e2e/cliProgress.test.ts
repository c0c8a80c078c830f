/**
 * Long `extract` / `ingest` runs show a progress line on a terminal (and nothing in pipes);
 * failed articles are reported once per line, naming their file once.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSize, progressText } from '../../src/cli/progressLine.js';
import { runCliCaptured } from '../helpers/cliHarness.js';

const CLEAR = '\r\u001b[K';
let tmp: string;
let inputs: string;
let long: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'newsgraph-progress-'));
  inputs = path.join(tmp, 'in');
  long = path.join(inputs, 'b-long.txt');
  mkdirSync(inputs);
  writeFileSync(path.join(inputs, 'a-short.txt'), 'Port authority meets ministers\n\nThe Kestrel Port Authority met officials in Tromsø on Monday.\n');
  writeFileSync(long, `Harbour report\n\n${'The Vellar Shipping Company signed a deal with the Kestrel Port Authority in Bergen. '.repeat(700)}`);
  writeFileSync(path.join(inputs, 'c-empty.txt'), '');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('progress on a terminal', () => {
  it('extract names the article being extracted with its size, counts failures, and clears the line', async () => {
    const run = await runCliCaptured(['extract', inputs, '--format', 'ndjson'], { tty: true });
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
    expect(run.stderr).toContain(`${CLEAR}extract: 1 done · extracting ${long} (59 KB)`);
    const empty = path.join(inputs, 'c-empty.txt');
    // the error line names the file once, on a cleared line
    expect(run.stderr).toContain(`${CLEAR}error: ${empty}: `);
    expect(run.stderr.split(empty).length - 1).toBe(1);
    // the progress line is erased before the summary
    expect(run.stderr.split('\n').at(-2)).toMatch(/^(\r\u001b\[K)?extract: 2 article\(s\) extracted, 1 failed$/);
  });

  it('ingest shows the same line; neither command writes progress when stderr is not a terminal', async () => {
    const data = path.join(tmp, 'data');
    const run = await runCliCaptured(['ingest', inputs, '--data', data], { tty: true });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${CLEAR}ingest: 1 done · extracting ${long} (59 KB)`);
    // erased before the failures and the summary are printed
    expect(run.stderr).toContain(`${CLEAR}error: ${path.join(inputs, 'c-empty.txt')}: expected`);
    for (const argv of [['extract', inputs], ['ingest', inputs, '--data', path.join(tmp, 'data2')]]) {
      const quiet = await runCliCaptured(argv);
      expect(quiet.stderr).not.toContain('\r');
      expect(quiet.stderr).not.toContain('done');
      expect(quiet.stderr).toMatch(/^error: .*c-empty\.txt: /m);
    }
  });

  it('shortens long paths from the left and formats sizes', () => {
    expect(formatSize(900)).toBe('900 chars');
    expect(formatSize(59_000)).toBe('59 KB');
    expect(formatSize(4_800_000)).toBe('4.8 MB');
    const text = progressText('extract', 12, 0, `extracting ${'/very/long/path'.repeat(20)}/x.txt (1 KB)`);
    expect(text.length).toBeLessThanOrEqual(100);
    expect(text).toMatch(/^extract: 12 done · ….*\/x\.txt \(1 KB\)$/);
  });
});
