/**
 * Where data lives: read commands refuse a data dir without a store (instead of creating an
 * empty one), `npm start` says where its store is and how other commands reach it, and every
 * summary counts distinct stored entities and relations, as `stats` does.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { requireExistingStore } from '../../src/cli/dataDir.js';
import { startDemo } from '../../src/cli/startDemo.js';
import { openEmbeddedStore } from '../../src/store/memory/EmbeddedStore.js';
import { runCliCaptured } from '../helpers/cliHarness.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'newsgraph-datadirs-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const statsOf = async (dir: string): Promise<{ articles: number; entities: number; relations: number }> => {
  const run = await runCliCaptured(['stats', '--data', dir, '--json']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { articles: number; entities: number; relations: number };
};

describe('read commands and data dirs', () => {
  it('stats, export and serve refuse a data dir that holds no store, name it, and create nothing', async () => {
    const typo = path.join(tmp, 'typo');
    const empty = path.join(tmp, 'empty');
    mkdirSync(empty);
    const runs = [
      [['stats', '--data', typo], 'no such directory'],
      [['export', '--format', 'json', '--data', typo], 'no such directory'],
      [['serve', '--port', '0', '--data', typo], 'no such directory'],
      [['stats', '--data', empty], 'a directory without data.mdb'],
    ] as const;
    for (const [argv, found] of runs) {
      const run = await runCliCaptured([...argv]);
      expect(run.code, argv.join(' ')).toBe(1);
      expect(run.stdout).toBe('');
      const dir = argv.includes(empty) ? empty : typo;
      expect(run.stderr).toContain(`newsgraph ${argv[0]}: expected a newsgraph store in ${dir}`);
      expect(run.stderr).toContain(`found ${found}`);
      expect(run.stderr).toMatch(/newsgraph ingest <paths…> --data .*\[DATABASE_NOT_FOUND\]\n$/);
    }
    expect(existsSync(typo)).toBe(false);
    expect(readdirSync(empty)).toEqual([]);
  });

  it('serve --create starts on a new, empty store', async () => {
    const fresh = path.join(tmp, 'fresh');
    const run = await runCliCaptured(['serve', '--port', '0', '--create', '--data', fresh]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/GraphQL API ready at http:\/\/127\.0\.0\.1:\d+\/graphql/);
    expect((await statsOf(fresh)).articles).toBe(0);
  });

  it('points at the npm start demo store when the default data dir is empty', async () => {
    const project = path.join(tmp, 'project');
    const demo = await openEmbeddedStore(path.join(project, '.data', 'demo'));
    await demo.close();
    expect(() => requireExistingStore(loadConfig({}, {}), 'stats', project)).toThrow(
      /expected a newsgraph store in .*data\/newsgraph \(--data data\/newsgraph\), found no such directory; .*the demo store of `npm start` is in \.data\/demo: pass --data \.data\/demo$/,
    );
    expect(() => requireExistingStore(loadConfig({ data: '.data/demo' }, {}), 'stats', project)).not.toThrow();
    expect(() => requireExistingStore(loadConfig({ store: 'neo4j', 'neo4j-uri': 'bolt://x:1' }, {}), 'stats', project)).not.toThrow();
  });
});

describe('summaries count what stats counts', () => {
  it('ingest reports the distinct totals of the store', async () => {
    const data = path.join(tmp, 'ingested');
    const run = await runCliCaptured(['ingest', 'corpus', '--data', data]);
    expect(run.code, run.stderr).toBe(0);
    const stats = await statsOf(data);
    expect(run.stdout).toContain(
      `; the store now holds ${stats.articles} articles, ${stats.entities} distinct entities, ${stats.relations} distinct relations; 0 failed`,
    );
    // A second run adds nothing: the totals stay those of the store, not of this run's articles.
    const again = await runCliCaptured(['ingest', 'corpus', '--data', data]);
    expect(again.stdout).toContain(`(0 new, 0 updated, ${stats.articles} unchanged); the store now holds ${stats.articles} articles, ${stats.entities} distinct`);
  }, 60_000);

  it('npm start prints its data dir, the --data flag for other commands and the store totals', async () => {
    const lines: string[] = [];
    const demo = await startDemo({ dataDir: 'demo-store', port: 0, apiToken: null, cwd: tmp, print: (t) => lines.push(t) });
    const dataDir = path.join(tmp, 'demo-store');
    try {
      expect(lines).toContain(`data dir: ${dataDir} (emptied and rebuilt by each npm start)`);
      expect(lines).toContain('other commands use it with --data demo-store, e.g. npx newsgraph stats --data demo-store');
      expect(lines.join('\n')).not.toContain('(!) returned no data');
    } finally {
      await demo.close();
    }
    const stats = await statsOf(dataDir);
    expect(lines[0]).toMatch(
      new RegExp(`^ingested the demo corpus: ${stats.articles} articles in \\d+ ms \\(0 failed\\); the store now holds ${stats.articles} articles, ${stats.entities} distinct entities, ${stats.relations} distinct relations$`),
    );
  }, 60_000);
});
