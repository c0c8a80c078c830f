/**
 * The GraphQL IDE: a browser GET of /graphql opens GraphiQL from the package's own files,
 * pre-filled with example queries over the loaded data, and runs them; checked over HTTP and
 * in headless Chromium (skipped with a message without Chromium, like the explorer test).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSources } from '../../src/pipeline.js';
import { IDE_CSP, ideAssets } from '../../src/server/graphiql.js';
import { startServer, type RunningServer } from '../../src/server/startServer.js';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/store/memory/EmbeddedStore.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`[graphiql e2e] skipping the browser test: no Chromium at ${CHROMIUM} (run scripts/install-browser.sh or set CHROMIUM_PATH)`);
const SCREENSHOT = path.resolve('test-output/graphiql.png');
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

let dir: string;
let store: EmbeddedStore;
let server: RunningServer;
let topEntity: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-graphiql-'));
  store = await openEmbeddedStore(path.join(dir, 'store'));
  await ingestSources(store, ['corpus']);
  topEntity = (await store.searchEntities({ first: 1 })).edges[0]!.node.name;
  server = await startServer({ store, port: 0 });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('GraphQL IDE over HTTP', () => {
  it('answers a browser GET of /graphql with the IDE page, its own assets only, and a strict script policy', async () => {
    const res = await fetch(server.url, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(IDE_CSP);
    expect(IDE_CSP).toMatch(/script-src 'self'(;|$)/);
    expect(IDE_CSP).not.toMatch(/unsafe-inline|unsafe-eval/);
    const html = await res.text();
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//); // nothing from another origin
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(['react', 'react-dom', 'graphiql', 'ide'].map((n) => expect.stringMatching(new RegExp(`^/graphql/ide/(vendor/)?${n}(\\.production\\.min|\\.min)?\\.js$`))));
    const config = JSON.parse(/<script id="newsgraph-ide-config" type="application\/json">(.*?)<\/script>/s.exec(html)![1]!) as { query: string };
    expect(config.query).toMatch(/^# newsgraph GraphQL IDE: 14 articles/);
    expect(config.query).toContain(`query Examples {`);
    for (const route of ideAssets().keys()) {
      const asset = await fetch(new URL(route, server.url));
      expect(asset.status, route).toBe(200);
      expect(asset.headers.get('content-type'), route).toMatch(/^text\/(javascript|css); charset=utf-8$/);
      await asset.arrayBuffer();
    }
  });

  it('leaves GraphQL requests to the API', async () => {
    const get = await fetch(`${server.url}?query=${encodeURIComponent('{ stats { articles } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await get.json()).toEqual({ data: { stats: { articles: 14 } } });
    const post = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: BROWSER_ACCEPT }, body: JSON.stringify({ query: '{ stats { entities } }' }) });
    expect(await post.json()).toEqual({ data: { stats: { entities: (await store.stats()).entities } } });
  });
});

describe.skipIf(!HAS_CHROMIUM)('GraphQL IDE in headless Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, timeout: 20_000, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens pre-filled with example queries over the loaded data and runs them, offline', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(15_000);
    const problems: string[] = [];
    const requested: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(server.url);
    const editor = page.locator('.graphiql-query-editor .CodeMirror');
    await editor.waitFor();
    const query = await editor.evaluate((el) => (el as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());
    expect(query).toContain('query Examples {');
    expect(query).toContain(`entity(name: ${JSON.stringify(topEntity)})`);

    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response .CodeMirror');
    await expect
      .poll(() => result.evaluate((el) => (el as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue()), { timeout: 15_000 })
      .toContain('"data"');
    const answer = JSON.parse(await result.evaluate((el) => (el as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue())) as {
      data: { entities: { totalCount: number }; entity: { name: string }; path?: { length: number } };
      errors?: unknown;
    };
    expect(answer.errors).toBeUndefined();
    expect(answer.data.entities.totalCount).toBe((await store.stats()).entities);
    expect(answer.data.entity.name).toBe(topEntity);
    // the schema docs open too (the IDE loads the schema by introspection)
    await page.getByLabel('Show Documentation Explorer').click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    const origin = new URL(server.url).origin;
    expect(requested.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
