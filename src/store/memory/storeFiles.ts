import fs from 'node:fs';
import path from 'node:path';

/** The LMDB data file an embedded store keeps in its data dir. */
export const DATA_FILE_NAME = 'data.mdb';

/** What a data dir holds: an embedded store, nothing (missing dir), or something else. */
export type DataDirState = 'store' | 'missing' | 'not-a-directory' | 'no-store';

/** Looks at `dir` without creating or opening anything. */
export function dataDirState(dir: string): DataDirState {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    return 'missing';
  }
  if (!stat.isDirectory()) return 'not-a-directory';
  return fs.existsSync(path.join(dir, DATA_FILE_NAME)) ? 'store' : 'no-store';
}
