import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { open } from 'lmdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isNewsgraphError } from '../../../src/errors.js';
import { openEmbeddedStore } from '../../../src/store/memory/EmbeddedStore.js';
import { FORMAT_KEY, MAX_DBS } from '../../../src/store/memory/layout.js';
import { LOCK_FILE_NAME } from '../../../src/store/memory/lockFile.js';
import type { MigrationProgress } from '../../../src/store/memory/migrate.js';
import { article } from '../../contract/fixtures.js';
import { auditIndexes } from '../../helpers/indexAudit.js';
import { dump } from '../../helpers/storeDump.js';

const FIXTURE = path.join(import.meta.dirname, '../../fixtures/store-format2');
const expected: unknown = JSON.parse(fs.readFileSync(path.join(FIXTURE, 'expected.json'), 'utf8'));
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

async function formatOf(dir: string): Promise<unknown> {
  const root = open({ path: dir, maxDbs: MAX_DBS, readOnly: true });
  try {
    return root.get(FORMAT_KEY);
  } finally {
    await root.close();
  }
}

describe('upgrading a format-2 data dir (fixture written by format-2 code)', () => {
  let dir = '';
  const children: ChildProcess[] = [];
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-migrate-'));
    fs.copyFileSync(path.join(FIXTURE, 'data.mdb'), path.join(dir, 'data.mdb'));
  });
  afterEach(() => {
    for (const c of children.splice(0)) c.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('opens for writing, upgrades, and answers every query as format 2 did; writes go on', async () => {
    expect(await formatOf(dir)).toBe(2);
    const phases: MigrationProgress['phase'][] = [];
    const store = await openEmbeddedStore(dir, { onMigration: (p) => phases.push(p.phase) });
    try {
      expect([...new Set(phases)]).toEqual(['entities', 'facts', 'articles']);
      expect(asJson(await dump(store))).toEqual(expected);
      await store.upsertArticles([article('after-upgrade', { entities: ['Acme Corp', 'Newcomer'], facts: [{ s: 'Newcomer', p: 'MET', o: 'Acme Corp' }] })]);
      expect(await store.deleteArticle('h-1')).toBe(true);
    } finally {
      await store.close();
    }
    expect(await formatOf(dir)).toBe(3);
    expect(await auditIndexes(dir)).toEqual([]);
  });

  it('a read-only opener upgrades it first when no writer holds it', async () => {
    const reader = await openEmbeddedStore(dir, { readOnly: true });
    try {
      expect(asJson(await dump(reader))).toEqual(expected);
    } finally {
      await reader.close();
    }
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
    expect(await auditIndexes(dir)).toEqual([]);
  });

  it('a read-only opener gets STORE_LOCKED naming the upgrade while another process holds the write lock', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    children.push(child);
    fs.writeFileSync(path.join(dir, LOCK_FILE_NAME), `${child.pid}\n`);
    let caught: unknown = null;
    await openEmbeddedStore(dir, { readOnly: true }).catch((err: unknown) => (caught = err));
    expect(isNewsgraphError(caught) && caught.code).toBe('STORE_LOCKED');
    expect((caught as Error).message).toMatch(/holds data format 2, which this newsgraph reads after a one-time upgrade to format 3; .*locked by process \d+/);
    expect(await formatOf(dir)).toBe(2);
  });

  it('an upgrade interrupted half-way leaves format 2 and runs again, whole, at the next open', async () => {
    let caught: unknown = null;
    const crash = (p: MigrationProgress): void => {
      if (p.phase === 'facts') throw new Error('simulated crash during the upgrade');
    };
    await openEmbeddedStore(dir, { onMigration: crash }).catch((err: unknown) => (caught = err));
    expect((caught as Error).message).toMatch(/simulated crash during the upgrade/);
    expect(await formatOf(dir)).toBe(2);
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
    const store = await openEmbeddedStore(dir);
    try {
      expect(asJson(await dump(store))).toEqual(expected);
    } finally {
      await store.close();
    }
    expect(await auditIndexes(dir)).toEqual([]);
  });
});
