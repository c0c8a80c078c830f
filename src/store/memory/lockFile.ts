import fs from 'node:fs';
import path from 'node:path';
import { StoreError } from '../../errors.js';

export const LOCK_FILE_NAME = 'newsgraph.lock';

export interface DirLock {
  readonly path: string;
  release(): void;
}

/** True when a process with this PID exists (EPERM: exists but belongs to someone else). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(lockPath: string): number | null {
  try {
    const raw = fs.readFileSync(lockPath, 'utf8').trim();
    return /^\d+$/.test(raw) ? Number(raw) : null;
  } catch {
    return null;
  }
}

function lockAgeMs(lockPath: string): number {
  try {
    return Date.now() - fs.statSync(lockPath).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Takes the write lock of a data dir: a file holding the owner's PID, created exclusively.
 * A lock left by a dead process is taken over; a live owner (this process included, since two
 * store instances would keep diverging in-memory indexes) gives StoreError('STORE_LOCKED').
 */
export function acquireDirLock(dir: string): DirLock {
  const lockPath = path.join(dir, LOCK_FILE_NAME);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      try {
        fs.writeSync(fd, `${process.pid}\n`);
      } finally {
        fs.closeSync(fd);
      }
      let released = false;
      return {
        path: lockPath,
        release(): void {
          if (released) return;
          released = true;
          if (readPid(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new StoreError('STORE_ERROR', `expected to create the lock file ${lockPath}, found ${(err as Error).message}`, {}, { cause: err });
      }
    }
    const owner = readPid(lockPath);
    if (owner !== null && processAlive(owner)) {
      throw new StoreError('STORE_LOCKED', `data dir ${dir} is locked by process ${owner} (lock file ${lockPath}); close that process or use another --data dir`, {
        pid: owner,
        lockFile: lockPath,
      });
    }
    if (owner === null && lockAgeMs(lockPath) < 5_000) {
      // Another process is between creating the file and writing its PID.
      throw new StoreError('STORE_LOCKED', `data dir ${dir} is locked by process (starting up) (lock file ${lockPath})`, { lockFile: lockPath });
    }
    // Stale (dead owner) or old unreadable lock: remove it and try again.
    fs.rmSync(lockPath, { force: true });
  }
  throw new StoreError('STORE_LOCKED', `data dir ${dir} is locked: expected to take over the stale lock file ${lockPath}, found it re-created by another process`, {
    lockFile: lockPath,
  });
}
