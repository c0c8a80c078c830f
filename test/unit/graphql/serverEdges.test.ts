import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../src/server/startServer.js';
import { FakeStore } from './fakeStore.js';

interface ErrorBody {
  errors: { message: string; extensions: { code: string } }[];
}

function post(url: string, body: string, contentType = 'application/json'): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });
}

describe('startServer option checks', () => {
  it.each([
    [{ maxBodyBytes: 0 }, 'maxBodyBytes expects a positive whole number, found number 0'],
    [{ requestTimeoutMs: 1.5 }, 'requestTimeoutMs expects a positive whole number of milliseconds, found number 1.5'],
    [{ port: -1 }, 'port expects a whole number from 0 to 65535, found number -1'],
  ])('rejects %j', async (extra, message) => {
    await expect(startServer({ store: new FakeStore(), port: 0, ...extra })).rejects.toMatchObject({ code: 'CONFIG_ERROR', message });
  });
});

describe('startServer routing and limits', () => {
  const lines: string[] = [];
  let server: RunningServer;
  let base: string;
  beforeAll(async () => {
    const store = new FakeStore();
    store.stats = () => new Promise((resolve) => setTimeout(() => resolve({ articles: 0, entities: 0, relations: 0 }), 300));
    server = await startServer({ store, host: '0.0.0.0', port: 0, maxBodyBytes: 100, requestTimeoutMs: 50, log: (line) => lines.push(line) });
    base = server.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await server.close();
  });

  it('reports a loopback URL for a wildcard host', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/graphql`);
  });

  it('answers 405 with Allow on /healthz and /export', async () => {
    const health = await fetch(`${base}/healthz`, { method: 'POST' });
    expect(health.status).toBe(405);
    expect(health.headers.get('allow')).toBe('GET, HEAD');
    expect(((await health.json()) as ErrorBody).errors[0]).toEqual({ message: '/healthz expects GET, found POST', extensions: { code: 'BAD_USER_INPUT' } });
    const exp = await fetch(`${base}/export?format=json`, { method: 'DELETE' });
    expect(exp.status).toBe(405);
    expect(exp.headers.get('allow')).toBe('GET');
    expect(((await exp.json()) as ErrorBody).errors[0]!.message).toBe('/export expects GET, found DELETE');
  });

  it('answers HEAD / without a body, and 404 elsewhere with the known paths', async () => {
    const head = await fetch(`${base}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await head.text()).toBe('');
    const missing = await fetch(`${base}/nowhere`, { method: 'PUT' });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as ErrorBody).errors[0]).toEqual({
      message: 'expected /graphql, /export, /healthz or /, found PUT /nowhere',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('reports body size and JSON errors with their messages', async () => {
    const declared = await post(server.url, 'x'.repeat(2_000));
    expect(declared.status).toBe(413);
    expect(declared.headers.get('connection')).toBe('close');
    expect(((await declared.json()) as ErrorBody).errors[0]!.message).toBe('request body expects at most 100 bytes, found 2000');
    const read = await post(server.url, 'x'.repeat(500));
    expect(read.status).toBe(413);
    expect(((await read.json()) as ErrorBody).errors[0]!.message).toMatch(/^request body expects at most 100 bytes, found \d+ or more$/);
    const invalid = await post(server.url, '{"query":');
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as ErrorBody).errors[0]!.message).toMatch(/^request body expects JSON, found invalid JSON \(.+\)$/);
  });

  it('times a slow query out with 503 and Retry-After, and logs each request', async () => {
    const slow = await post(server.url, JSON.stringify({ query: '{ stats { articles } }' }));
    expect(slow.status).toBe(503);
    expect(slow.headers.get('retry-after')).toBe('1');
    expect(((await slow.json()) as ErrorBody).errors[0]).toEqual({
      message: 'queries must finish within 50 ms, found one still running; narrow the query or lower `first`',
      extensions: { code: 'REQUEST_TIMEOUT' },
    });
    expect(lines.some((line) => /^POST \/graphql 503 \d+\.\dms$/.test(line))).toBe(true);
  });
});
