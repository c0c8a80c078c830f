/**
 * Opens an embedded data dir: takes the write lock (writers only), opens LMDB, checks the
 * data format and upgrades a format-2 dir in place (migrate.ts). A read-only opener of a
 * format-2 dir upgrades it first when no writer holds it, since reading needs format 3's
 * indexes; while a writer holds it the opener gets an error saying so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { open, type RootDatabase } from 'lmdb';
import { NewsgraphError, StoreError, describeValue } from '../../errors.js';
import { FORMAT, FORMAT_KEY, MAX_DBS, openDbs, type Dbs } from './layout.js';
import { acquireDirLock, type DirLock } from './lockFile.js';
import { migrateFormat2, type MigrationProgress } from './migrate.js';

export interface OpenedDir {
  dir: string;
  dbs: Dbs;
  lock: DirLock | null;
}

export interface OpenDirOptions {
  readOnly: boolean;
  /** Told about each chunk of a format-2 upgrade. */
  onMigration?: (progress: MigrationProgress) => void;
}

export function storeError(action: string, err: unknown): NewsgraphError {
  if (err instanceof NewsgraphError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new StoreError('STORE_ERROR', `expected to ${action}, found an LMDB error: ${message}`, {}, { cause: err });
}

function checkFormat(format: unknown, dir: string, readOnly: boolean): void {
  if (format === undefined && readOnly) {
    // A writer is still creating this dir (the format key is written last).
    throw new StoreError('DATABASE_NOT_FOUND', `expected an initialised embedded data dir at ${dir} for read-only use, found one a writer has not finished creating`, {
      dir,
    });
  }
  if (format === undefined || format === FORMAT || format === 2) return;
  const hint = typeof format === 'number' && format < 2 ? ' (written by an older newsgraph: ingest the sources again into a new data dir)' : '';
  throw new StoreError('STORE_ERROR', `expected embedded data format ${FORMAT} (or 2, which is upgraded) in ${dir}, found ${describeValue(format)}${hint}`, { dir });
}

/** Upgrades a format-2 dir for a read-only opener: under the write lock, then released. */
async function upgradeForReader(dir: string, onMigration?: (p: MigrationProgress) => void): Promise<void> {
  let lock: DirLock;
  try {
    lock = acquireDirLock(dir);
  } catch (err) {
    if (err instanceof StoreError && err.code === 'STORE_LOCKED') {
      throw new StoreError('STORE_LOCKED', `data dir ${dir} holds data format 2, which this newsgraph reads after a one-time upgrade to format ${FORMAT}; the upgrade needs the write lock, held now: ${err.message}`, err.details);
    }
    throw err;
  }
  const root = open({ path: dir, maxDbs: MAX_DBS });
  try {
    if (root.get(FORMAT_KEY) === 2) migrateFormat2(root, onMigration);
  } finally {
    await root.close();
    lock.release();
  }
}

async function openRoot(dir: string, options: OpenDirOptions): Promise<RootDatabase> {
  let root = open({ path: dir, maxDbs: MAX_DBS, readOnly: options.readOnly });
  try {
    const format: unknown = root.get(FORMAT_KEY);
    checkFormat(format, dir, options.readOnly);
    if (format === 2 && options.readOnly) {
      await root.close();
      await upgradeForReader(dir, options.onMigration);
      root = open({ path: dir, maxDbs: MAX_DBS, readOnly: true });
      checkFormat(root.get(FORMAT_KEY), dir, true);
    } else if (format === 2) migrateFormat2(root, options.onMigration);
    return root;
  } catch (err) {
    await root.close().catch(() => undefined);
    throw err;
  }
}

/** Opens (creating when missing, unless read-only) the data dir. */
export async function openDataDir(dir: string, options: OpenDirOptions): Promise<OpenedDir> {
  const resolved = path.resolve(dir);
  if (options.readOnly && !fs.existsSync(path.join(resolved, 'data.mdb'))) {
    throw new StoreError('DATABASE_NOT_FOUND', `expected an embedded data dir with data.mdb at ${resolved} for read-only use, found none`, { dir: resolved });
  }
  if (!options.readOnly) {
    try {
      fs.mkdirSync(resolved, { recursive: true });
    } catch (err) {
      throw new StoreError('STORE_ERROR', `expected to create the data dir ${resolved}, found ${(err as Error).message}`, {}, { cause: err });
    }
  }
  const lock = options.readOnly ? null : acquireDirLock(resolved);
  let root: RootDatabase | null = null;
  try {
    root = await openRoot(resolved, options);
    const dbs = openDbs(root);
    // Written only once every sub-database exists, so read-only openers never see a half-created dir.
    if (root.get(FORMAT_KEY) === undefined) root.putSync(FORMAT_KEY, FORMAT);
    return { dir: resolved, dbs, lock };
  } catch (err) {
    await root?.close().catch(() => undefined);
    lock?.release();
    throw storeError(`open the embedded store in ${resolved}`, err);
  }
}
