/**
 * Limits with clear errors: article size, batch size, query depth and cost, request body size;
 * defaults in src/limits.ts, configurable by flag and environment.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';
import { MAX_QUERY_COST } from '../../src/graphql/costLimitPlugin.js';
import { MAX_QUERY_DEPTH } from '../../src/graphql/depthLimitRule.js';
import { DEFAULT_LIMITS, LIMIT_BOUNDS, LIMIT_NAMES, LIMIT_SETTINGS, resolveLimits } from '../../src/limits.js';
import type { ArticleGraph } from '../../src/model/types.js';
import { ingestSources } from '../../src/pipeline.js';
import { DEFAULT_MAX_BODY_BYTES } from '../../src/server/readBody.js';
import { startServer, type RunningServer } from '../../src/server/startServer.js';
import { DEFAULT_MAX_BYTES } from '../../src/sources/readSources.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { openEmbeddedStore } from '../../src/store/memory/EmbeddedStore.js';
import { runCliCaptured } from '../helpers/cliHarness.js';
import { syntheticArticles } from './syntheticNews.js';

describe('limits: defaults and configuration', () => {
  it('the central defaults equal the constants the layers use', () => {
    expect(DEFAULT_LIMITS.maxArticleBytes).toBe(DEFAULT_MAX_BYTES);
    expect(DEFAULT_LIMITS.maxQueryDepth).toBe(MAX_QUERY_DEPTH);
    expect(DEFAULT_LIMITS.maxQueryCost).toBe(MAX_QUERY_COST);
    expect(DEFAULT_LIMITS.maxBodyBytes).toBe(DEFAULT_MAX_BODY_BYTES);
    expect(loadConfig().limits).toEqual(DEFAULT_LIMITS);
  });

  it('each limit comes from its flag, else its environment variable, and is range-checked', () => {
    for (const name of LIMIT_NAMES) {
      const { flag, env } = LIMIT_SETTINGS[name];
      const [min, max] = LIMIT_BOUNDS[name];
      expect(loadConfig({}, { [env]: String(min + 1) }).limits[name]).toBe(min + 1);
      expect(loadConfig({ [flag]: String(min + 2) }, { [env]: String(min + 1) }).limits[name]).toBe(min + 2);
      for (const bad of [String(min - 1), String(max + 1), '1.5', 'ten', '']) {
        let error: unknown;
        try {
          loadConfig({ [flag]: bad });
        } catch (e) {
          error = e;
        }
        expect(error, `${flag}=${bad}`).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).message).toBe(`--${flag} (env ${env}) expects a whole number from ${min} to ${max}, found ${JSON.stringify(bad)}`);
      }
    }
    expect(resolveLimits({ maxBodyBytes: ' 2048 ' }).maxBodyBytes).toBe(2048);
  });
});

describe('limits: ingest', () => {
  let tmp = '';
  let input = '';

  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-limits-'));
    input = path.join(tmp, 'in');
    mkdirSync(input);
    for (const a of syntheticArticles(7, 3)) writeFileSync(path.join(input, a.name), a.text);
    writeFileSync(path.join(input, 'big.txt'), `Big article\n\n${'Ana Lima met Tom Ruiz in Quito. '.repeat(40)}`);
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('--max-article-bytes rejects larger articles with INPUT_TOO_LARGE and stores the rest (exit 1)', async () => {
    const run = await runCliCaptured(['ingest', input, '--data', path.join(tmp, 'd1'), '--max-article-bytes', '1000']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: \S+big\.txt: expected at most 1000 bytes, found \d{4} bytes \[INPUT_TOO_LARGE\]\n$/);
    expect(run.stdout).toMatch(/^ingested 7 article\(s\) .*; 1 failed\n$/);
    const env = await runCliCaptured(['ingest', input, '--data', path.join(tmp, 'd2')], { env: { NEWSGRAPH_MAX_ARTICLE_BYTES: '1000' } });
    expect(env.code).toBe(1);
    expect(env.stderr).toContain('[INPUT_TOO_LARGE]');
  });

  it('--batch-size bounds every store write; out-of-range values are usage errors (exit 2)', async () => {
    const store = await openEmbeddedStore(path.join(tmp, 'd3'));
    const sizes: number[] = [];
    const spy = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === 'upsertArticles') {
          return (graphs: ArticleGraph[]) => {
            sizes.push(graphs.length);
            return target.upsertArticles(graphs);
          };
        }
        const v: unknown = Reflect.get(target, prop, receiver);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    }) as GraphStore;
    try {
      const summary = await ingestSources(spy, [input], { batchSize: loadConfig({ 'batch-size': '3' }).limits.batchSize });
      expect(summary.articles).toBe(8);
      expect(sizes).toEqual([3, 3, 2]);
    } finally {
      await store.close();
    }
    for (const bad of ['0', '10001']) {
      const run = await runCliCaptured(['ingest', input, '--data', path.join(tmp, 'd4'), '--batch-size', bad]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--batch-size (env NEWSGRAPH_BATCH_SIZE) expects a whole number from 1 to 10000, found "${bad}" [CONFIG_ERROR]`);
    }
  });
});

describe('limits: GraphQL server', () => {
  let tmp = '';
  let store: GraphStore;
  let server: RunningServer;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-limits-gql-'));
    store = await openEmbeddedStore(path.join(tmp, 'data'));
    const limits = loadConfig({ 'max-query-depth': '3' }, { NEWSGRAPH_MAX_QUERY_COST: '60', NEWSGRAPH_MAX_BODY_BYTES: '2000' }).limits;
    server = await startServer({ store, port: 0, maxQueryDepth: limits.maxQueryDepth, maxQueryCost: limits.maxQueryCost, maxBodyBytes: limits.maxBodyBytes });
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  const post = async (body: string): Promise<{ status: number; json: { data?: unknown; errors?: { message: string; extensions: { code: string } }[] } }> => {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return { status: res.status, json: (await res.json()) as never };
  };

  it('accepts queries within the limits', async () => {
    const ok = await post(JSON.stringify({ query: '{ entities(first: 5) { totalCount edges { cursor } } }' }));
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({ data: { entities: { totalCount: 0, edges: [] } } });
  });

  it('rejects a query deeper than --max-query-depth with LIMIT_EXCEEDED', async () => {
    const deep = await post(JSON.stringify({ query: '{ entities(first: 1) { edges { node { key } } } }' }));
    expect(deep.status).toBe(400);
    expect(deep.json.errors?.[0]?.extensions.code).toBe('LIMIT_EXCEEDED');
    expect(deep.json.errors?.[0]?.message).toMatch(/3/);
  });

  it('rejects a query costlier than the cost limit with LIMIT_EXCEEDED', async () => {
    const costly = await post(JSON.stringify({ query: '{ entities(first: 100) { edges { cursor } } }' }));
    expect(costly.status).toBe(400);
    expect(costly.json.errors?.[0]?.extensions.code).toBe('LIMIT_EXCEEDED');
    expect(costly.json.errors?.[0]?.message).toContain('at most 60 fields');
  });

  it('rejects a body larger than the body limit with 413 INPUT_TOO_LARGE', async () => {
    const big = await post(JSON.stringify({ query: `{ entity(name: "${'x'.repeat(3000)}") { key } }` }));
    expect(big.status).toBe(413);
    expect(big.json.errors?.[0]?.extensions.code).toBe('INPUT_TOO_LARGE');
    expect(big.json.errors?.[0]?.message).toMatch(/at most 2000 bytes/);
  });
});
