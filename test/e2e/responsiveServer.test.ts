/**
 * The server stays responsive while it extracts: `ingestArticle` runs the extraction in a
 * background process, so a /healthz sent meanwhile is answered at once instead of after the
 * extraction. Timing-robust on a loaded machine: nothing is compared with a fixed number of
 * milliseconds; health checks are compared with the duration of the ingest itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli, waitForChild, type ChildResult } from '../reliability/childCli.js';
import { syntheticArticles } from '../reliability/syntheticNews.js';

const TOKEN = 'responsive-test-token';
let tmp: string;
let child: ChildProcess;
let exited: Promise<ChildResult>;
let url: string;

/** Waits for the "ready at URL" line of a `serve` child. */
function readyUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /ready at (http:\/\/\S+\/graphql)/.exec(out);
      if (match) resolve(match[1]!);
    });
    server.once('exit', (code) => reject(new Error(`serve exited with ${code} before it was ready: ${out}`)));
  });
}

/** About 450 000 characters of varied news text (the default limit is 500 000). */
function largeArticle(): string {
  const bodies: string[] = ['Regional leaders meet across the coast'];
  let size = 0;
  for (const a of syntheticArticles(6_000, 7)) {
    const body = a.text.split('\n\n').slice(2).join('\n\n');
    if (size + body.length > 450_000) break;
    bodies.push(body);
    size += body.length + 2;
  }
  return bodies.join('\n\n');
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'newsgraph-responsive-'));
  child = spawnCli(['serve', '--port', '0', '--create', '--data', path.join(tmp, 'data')], { NEWSGRAPH_API_TOKEN: TOKEN });
  exited = waitForChild(child);
  url = await readyUrl(child);
}, 60_000);

afterAll(async () => {
  child?.kill('SIGTERM');
  await exited;
  rmSync(tmp, { recursive: true, force: true });
});

interface Probe {
  sent: number;
  ms: number;
}

describe('serve while ingestArticle extracts a large article', () => {
  it('answers /healthz promptly during the extraction', async () => {
    const text = largeArticle();
    expect(text.length).toBeGreaterThan(400_000);
    const health = url.replace(/\/graphql$/, '/healthz');
    const started = performance.now();
    let done = false;
    const ingest = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        query: 'mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { status article { id } } }',
        variables: { input: { text, source: 'large.txt' } },
      }),
    })
      .then((res) => res.json() as Promise<{ data?: { ingestArticle: { status: string } }; errors?: unknown[] }>)
      .finally(() => {
        done = true;
      });
    const probes: Probe[] = [];
    while (!done) {
      const sent = performance.now();
      const res = await fetch(health);
      await res.arrayBuffer();
      expect(res.status).toBe(200);
      if (!done) probes.push({ sent, ms: performance.now() - sent });
      await new Promise((r) => setTimeout(r, 10));
    }
    const result = await ingest;
    const ingestMs = performance.now() - started;
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.data?.ingestArticle.status).toBe('CREATED');

    // A server that extracts on its event loop answers no health check until the extraction
    // ends: at most the one or two sent before it began come back while the ingest is pending,
    // and the next one waits for the rest of the extraction.
    const latencies = probes.map((p) => p.ms).sort((a, b) => a - b);
    const median = latencies[Math.floor(latencies.length / 2)] ?? Number.POSITIVE_INFINITY;
    const summary = `${probes.length} health checks during a ${ingestMs.toFixed(0)} ms ingest, median ${median.toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms`;
    expect(probes.length, summary).toBeGreaterThanOrEqual(10);
    expect(median, summary).toBeLessThan(ingestMs / 10);
  }, 120_000);
});
