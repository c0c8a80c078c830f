import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { isNewsgraphError } from '../../../src/errors.js';
import { allowedOrigin } from '../../../src/server/cors.js';
import { startServer } from '../../../src/server/startServer.js';
import { FakeStore } from './fakeStore.js';
import { fixtureGraphs } from './fixtures.js';

describe('allowedOrigin', () => {
  it.each([
    [[], 'http://a.example', null],
    [['*'], 'http://a.example', '*'],
    [['http://a.example', 'http://b.example'], 'http://b.example', 'http://b.example'],
    [['http://a.example'], 'http://a.example.evil', null],
    [['http://a.example'], undefined, null],
  ] as [string[], string | undefined, string | null][])('%j with origin %s → %s', (origins, origin, expected) => {
    expect(allowedOrigin(origin, origins)).toBe(expected);
  });
});

describe('startServer', () => {
  it('fails with CONFIG_ERROR when the port is taken, and rejects a bad port', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const err = await startServer({ store: new FakeStore(), port }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isNewsgraphError(err) && err.code).toBe('CONFIG_ERROR');
      expect((err as Error).message).toContain(String(port));
      await expect(startServer({ store: new FakeStore(), port: 70_000 })).rejects.toMatchObject({ code: 'CONFIG_ERROR' });
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('honours a custom body limit and answers 503 on /healthz when the store fails', async () => {
    const store = new FakeStore();
    await store.upsertArticles(fixtureGraphs());
    const server = await startServer({ store, port: 0, maxBodyBytes: 200 });
    try {
      const small = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { entities } }' }),
      });
      expect(await small.json()).toEqual({ data: { stats: { entities: 7 } } });
      const big = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ stats { entities } } # ${'x'.repeat(300)}` }),
      });
      expect(big.status).toBe(413);
      const huge = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ stats { entities } } # ${'x'.repeat(50_000)}` }),
      });
      expect(huge.status).toBe(413);
      expect(((await huge.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('INPUT_TOO_LARGE');
      store.stats = async () => {
        throw new Error('disk gone');
      };
      const health = await fetch(server.url.replace(/graphql$/, 'healthz'));
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'error', store: 'fake (memory)', error: { code: 'INTERNAL' } });
      expect(JSON.stringify(await (await fetch(server.url.replace(/graphql$/, 'healthz'))).json())).not.toContain('disk gone');
    } finally {
      await server.close();
    }
  });
});
