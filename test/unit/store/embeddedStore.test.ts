import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { open } from 'lmdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isNewsgraphError, StoreError } from '../../../src/errors.js';
import { EmbeddedStore, openEmbeddedStore } from '../../../src/store/memory/EmbeddedStore.js';
import { LOCK_FILE_NAME } from '../../../src/store/memory/lockFile.js';
import { article, factKeyOf, key } from '../../contract/fixtures.js';
import { auditIndexes } from '../../helpers/indexAudit.js';

async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (err) {
    expect(isNewsgraphError(err)).toBe(true);
    return err as { code: string; message: string };
  }
  throw new Error('expected a rejection');
}

class FailingStore extends EmbeddedStore {
  failNext = false;
  protected override beforeCommit(): void {
    if (this.failNext) throw new StoreError('STORE_ERROR', 'injected failure before commit');
  }
}

describe('embedded store', () => {
  let dir: string;
  const children: ChildProcess[] = [];

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-embedded-'));
  });
  afterEach(() => {
    for (const c of children.splice(0)) c.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates a missing data dir and writes a lock file with its PID, removed by close()', async () => {
    const nested = path.join(dir, 'a', 'b');
    const store = await openEmbeddedStore(nested);
    expect(store.description).toBe(`embedded (${nested})`);
    expect(fs.readFileSync(path.join(nested, LOCK_FILE_NAME), 'utf8').trim()).toBe(String(process.pid));
    await store.close();
    expect(fs.existsSync(path.join(nested, LOCK_FILE_NAME))).toBe(false);
    await store.close(); // idempotent
    const err = await rejection(store.stats());
    expect(err.code).toBe('STORE_UNAVAILABLE');
  });

  it('refuses a second writer while the first is open, then allows it after close', async () => {
    const first = await openEmbeddedStore(dir);
    const err = await rejection(openEmbeddedStore(dir));
    expect(err.code).toBe('STORE_LOCKED');
    expect(err.message).toContain(`is locked by process ${process.pid}`);
    await first.close();
    const second = await openEmbeddedStore(dir);
    await second.close();
  });

  it('refuses a lock held by another live process and takes over the lock of a dead one', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    children.push(child);
    fs.writeFileSync(path.join(dir, LOCK_FILE_NAME), `${child.pid}\n`);
    const err = await rejection(openEmbeddedStore(dir));
    expect(err.code).toBe('STORE_LOCKED');
    expect(err.message).toContain(`locked by process ${child.pid}`);

    const dead = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    await new Promise((resolve) => dead.on('exit', resolve));
    fs.writeFileSync(path.join(dir, LOCK_FILE_NAME), `${dead.pid}\n`);
    const store = await openEmbeddedStore(dir);
    expect(fs.readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8').trim()).toBe(String(process.pid));
    await store.close();
  });

  it('opens read-only beside a writer, sees each commit of the writer and refuses writes', async () => {
    const missing = await rejection(openEmbeddedStore(path.join(dir, 'nothing'), { readOnly: true }));
    expect(missing.code).toBe('DATABASE_NOT_FOUND');
    const writer = await openEmbeddedStore(dir);
    await writer.upsertArticles([article('a1', { entities: ['Alpha', 'Beta'], facts: [{ s: 'Alpha', p: 'MET', o: 'Beta' }] })]);
    const reader = await openEmbeddedStore(dir, { readOnly: true });
    try {
      expect(await reader.stats()).toEqual({ articles: 1, entities: 2, relations: 1 });
      expect((await reader.findEntity('alpha'))?.key).toBe(key('Alpha'));
      const err = await rejection(reader.upsertArticles([article('a2', { entities: ['Gamma'] })]));
      expect(err.code).toBe('STORE_ERROR');
      expect(err.message).toMatch(/read-only/);
      expect((await rejection(reader.deleteArticle('a1'))).code).toBe('STORE_ERROR');
      await writer.upsertArticles([article('a3', { entities: ['Alpha', 'Gamma'], facts: [{ s: 'Alpha', p: 'MET', o: 'Gamma' }] })]);
      // lmdb-js renews a reader's snapshot on a later timer turn
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(await reader.stats()).toEqual({ articles: 2, entities: 3, relations: 2 });
      expect((await reader.neighbors(key('Alpha'), 1, 10)).map((n) => n.entity.key).sort()).toEqual([key('Beta'), key('Gamma')].sort());
    } finally {
      await reader.close();
      await writer.close();
    }
  });

  it("an entity handed out keeps its articleIds after the store closes, a hub's read on first use", async () => {
    const store = await openEmbeddedStore(dir);
    const ids = Array.from({ length: 40 }, (_, i) => `a${String(i).padStart(2, '0')}`);
    await store.upsertArticles(ids.map((id) => article(id, { entities: ['Hub', `Leaf ${id}`], facts: [{ s: 'Hub', p: 'MET', o: `Leaf ${id}` }] })));
    const hub = await store.getEntity(key('Hub'));
    const leaf = await store.findEntity('leaf a07');
    const neighbours = await store.neighbors(key('Leaf a07'), 1, 5);
    await store.upsertArticles([article('late', { entities: ['Hub'] })]);
    await store.close();
    expect(hub?.articleIds).toEqual([...ids, 'late'].sort());
    expect(leaf?.articleIds).toEqual(['a07']);
    expect(neighbours.map((n) => n.entity.articleIds.length)).toEqual([41]);
  });

  it("counts an entity's articles without listing them, like its articleIds", async () => {
    const store = await openEmbeddedStore(dir);
    const ids = Array.from({ length: 40 }, (_, i) => `a${String(i).padStart(2, '0')}`);
    await store.upsertArticles(ids.map((id) => article(id, { entities: ['Hub', `Leaf ${id}`], facts: [{ s: 'Hub', p: 'MET', o: `Leaf ${id}` }] })));
    await store.upsertArticles([article('late', { entities: ['Hub', 'Leaf a07'] })]);
    await store.deleteArticle('a00');
    for (const name of ['Hub', 'Leaf a07', 'Leaf a01']) {
      expect(await store.articleCount?.(key(name))).toBe((await store.getEntity(key(name)))?.articleIds.length);
    }
    expect(await store.articleCount?.(key('Hub'))).toBe(40);
    expect(await store.articleCount?.(key('Leaf a00'))).toBeNull();
    await store.close();
  });

  it('a failure inside the write transaction leaves disk and indexes untouched', async () => {
    const store = await FailingStore.open(dir);
    await store.upsertArticles([article('a1', { entities: ['Alpha', 'Beta'], facts: [{ s: 'Alpha', p: 'MET', o: 'Beta' }] })]);
    store.failNext = true;
    const err = await rejection(
      store.upsertArticles([
        article('a1', { hash: 'v2', entities: ['Alpha', 'Gamma'], facts: [{ s: 'Alpha', p: 'CALLED', o: 'Gamma' }] }),
        article('a2', { entities: ['Beta', 'Delta'], facts: [{ s: 'Delta', p: 'MET', o: 'Beta' }] }),
      ]),
    );
    expect(err.message).toBe('injected failure before commit');
    expect((await rejection(store.deleteArticle('a1'))).message).toBe('injected failure before commit');
    const check = async (s: EmbeddedStore): Promise<void> => {
      expect(await s.stats()).toEqual({ articles: 1, entities: 2, relations: 1 });
      expect(await s.getArticle('a2')).toBeNull();
      expect((await s.getArticle('a1'))?.hash).toBe('hash-a1');
      expect(await s.getEntity(key('Gamma'))).toBeNull();
      expect(await s.findEntity('delta')).toBeNull();
      expect((await s.getFact(factKeyOf('Alpha', 'MET', 'Beta')))?.articleIds).toEqual(['a1']);
      expect((await s.neighbors(key('Beta'), 1, 10)).map((n) => n.entity.key)).toEqual([key('Alpha')]);
    };
    await check(store);
    await store.close();
    const reopened = await EmbeddedStore.open(dir);
    await check(reopened);
    await reopened.close();
  });

  it('keeps the name index in step with names and aliases', async () => {
    const store = await openEmbeddedStore(dir);
    await store.upsertArticles([
      article('a1', { entities: [{ name: 'Alpha Corp', aliases: ['AC', 'Alpha'] }] }),
      article('a2', { entities: [{ name: 'alpha corp', aliases: ['ACME'] }] }),
    ]);
    await store.deleteArticle('a1');
    expect((await store.findEntity('acme'))?.key).toBe(key('Alpha Corp'));
    expect(await store.findEntity('AC')).toBeNull();
    expect(await store.findEntity('alpha')).toBeNull();
    await store.close();
    expect(await auditIndexes(dir)).toEqual([]);
  });

  it('stores entity keys and article ids longer than LMDB keys allow', async () => {
    const longId = `article-${'é'.repeat(3000)}`;
    const store = await openEmbeddedStore(dir);
    const name = `N${'ü'.repeat(12_000)}`;
    await store.upsertArticles([article(longId, { entities: [name, 'Short'], facts: [{ s: name, p: 'MET', o: 'Short' }] })]);
    await store.close();
    const again = await openEmbeddedStore(dir);
    expect((await again.getArticle(longId))?.id).toBe(longId);
    expect((await again.getEntity(key(name)))?.name).toBe(name);
    expect((await again.relations({ first: 5, articleId: longId })).totalCount).toBe(1);
    // A verbatim id well past 64 characters (ordered-binary once mangled such keys).
    const mediumId = `article ${'m '.repeat(70)}`;
    await again.upsertArticles([article(mediumId, { entities: [name, 'Other'], facts: [{ s: name, p: 'MET', o: 'Other' }] })]);
    expect((await again.getEntity(key(name)))?.articleIds.sort()).toEqual([longId, mediumId].sort());
    expect((await again.getFact(factKeyOf(name, 'MET', 'Other')))?.evidence.map((e) => e.articleId)).toEqual([mediumId]);
    expect(await again.deleteArticle(longId)).toBe(true);
    expect(await again.deleteArticle(mediumId)).toBe(true);
    expect(await again.stats()).toEqual({ articles: 0, entities: 0, relations: 0 });
    await again.close();
  });

  it('re-elects the entity name when its article goes, and keeps fact ids and evidence consistent across reopen', async () => {
    const store = await openEmbeddedStore(dir);
    const a = (id: string, name: string, mentions: number, hash = 'h', other = 'Beta'): ReturnType<typeof article> =>
      article(id, { hash, entities: [{ name, mentions }, other], facts: [{ s: name, p: 'MET', o: other, sentence: `${id}: ${name} met ${other}.` }] });
    await store.upsertArticles([a('a1', 'ACME', 5), a('a2', 'Acme', 2), a('a3', 'acme', 2)]);
    expect((await store.getEntity(key('acme')))?.name).toBe('ACME');
    // a lower-mention contribution of the elected name leaving does not change it
    await store.upsertArticles([a('a4', 'ACME', 1)]);
    expect(await store.deleteArticle('a4')).toBe(true);
    expect((await store.getEntity(key('acme')))?.name).toBe('ACME');
    expect(await store.deleteArticle('a1')).toBe(true);
    expect((await store.getEntity(key('acme')))?.name).toBe('Acme'); // 2 mentions each: the smaller name
    // an update in the same batch as a new article: the update's new record counts
    await store.upsertArticles([a('a2', 'acme', 7, 'h2'), a('a5', 'ACME', 3)]);
    expect((await store.getEntity(key('acme')))?.name).toBe('acme');
    expect((await store.getEntity(key('acme')))?.mentionCount).toBe(12);
    const fk = factKeyOf('acme', 'MET', 'Beta');
    expect((await store.getFact(fk))?.evidence.map((e) => e.sentence)).toEqual(['a2: acme met Beta.', 'a3: acme met Beta.', 'a5: ACME met Beta.']);
    await store.close();

    const again = await openEmbeddedStore(dir);
    expect((await again.getEntity(key('acme')))?.name).toBe('acme');
    expect((await again.getEntity(key('acme')))?.articleIds).toEqual(['a2', 'a3', 'a5']);
    // facts created after reopening get fresh ids: the old fact keeps its contributions
    await again.upsertArticles([a('a6', 'Gamma', 1, 'h', 'Delta')]);
    expect((await again.getFact(fk))?.articleIds).toEqual(['a2', 'a3', 'a5']);
    expect((await again.getFact(factKeyOf('Gamma', 'MET', 'Delta')))?.articleIds).toEqual(['a6']);
    expect(await again.deleteArticle('a2')).toBe(true);
    expect((await again.getEntity(key('acme')))?.name).toBe('ACME');
    expect((await again.getFact(fk))?.articleIds).toEqual(['a3', 'a5']);
    await again.close();
  });

  it('refuses strings with a lone surrogate (UTF-8 cannot keep them) naming the field, writing nothing', async () => {
    const store = await openEmbeddedStore(dir);
    try {
      const bad = [
        article('\ud800', { entities: ['Alpha'] }),
        article('a1', { entities: [{ name: 'Al\udc00pha' }] }),
        article('a1', { entities: ['Alpha', 'Beta'], facts: [{ s: 'Alpha', p: 'MET', o: 'Beta', sentence: 'half \ud83d of an emoji' }] }),
      ];
      for (const graph of bad) {
        const err = await rejection(store.upsertArticles([graph]));
        expect(err.code).toBe('CONSTRAINT_VIOLATION');
        expect(err.message).toMatch(/expected well-formed Unicode \(no lone surrogate\) in (the id|the text|entity .*|fact .*), found /);
      }
      expect(await store.stats()).toEqual({ articles: 0, entities: 0, relations: 0 });
      expect(await store.upsertArticles([article('a1', { entities: ['Zoë 🚀'] })])).toEqual([{ id: 'a1', status: 'created' }]);
    } finally {
      await store.close();
    }
  });

  it('rejects a data dir written in another format', async () => {
    const env = open({ path: dir, maxDbs: 8 });
    env.putSync('newsgraph:format', 99);
    await env.close();
    const err = await rejection(openEmbeddedStore(dir));
    expect(err.code).toBe('STORE_ERROR');
    expect(err.message).toContain('found number 99');
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
  });

  it('names an older format and what to do about it', async () => {
    const env = open({ path: dir, maxDbs: 8 });
    env.putSync('newsgraph:format', 1);
    await env.close();
    const err = await rejection(openEmbeddedStore(dir));
    expect(err.code).toBe('STORE_ERROR');
    expect(err.message).toMatch(/expected embedded data format \d+ \(or 2, which is upgraded\) in .*, found number 1 \(written by an older newsgraph: ingest the sources again into a new data dir\)/);
  });
});
