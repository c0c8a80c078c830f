import path from 'node:path';
import { DEFAULT_DATA_DIR, type Config } from '../config.js';
import { StoreError } from '../errors.js';
import { dataDirState, DATA_FILE_NAME } from '../store/memory/storeFiles.js';

/** Where `npm start` keeps its demo store (scripts/start.mjs), relative to the project. */
export const DEMO_DATA_DIR = path.join('.data', 'demo');

const FOUND: Record<Exclude<ReturnType<typeof dataDirState>, 'store'>, string> = {
  missing: 'no such directory',
  'not-a-directory': 'a file, not a directory',
  'no-store': `a directory without ${DATA_FILE_NAME}`,
};

/**
 * Read commands (stats, export, serve) must not create an empty store by accident (a typo in
 * --data would otherwise print zeros or serve nothing): the embedded data dir has to hold a
 * store already. Neo4j databases are not checked (an empty database is a valid one).
 */
export function requireExistingStore(config: Config, command: string, cwd: string = process.cwd()): void {
  if (config.store !== 'embedded') return;
  const dir = path.resolve(cwd, config.dataDir);
  const state = dataDirState(dir);
  if (state === 'store') return;
  const demo = path.resolve(cwd, DEMO_DATA_DIR);
  const demoHint =
    config.dataDir === DEFAULT_DATA_DIR && dataDirState(demo) === 'store'
      ? `; the demo store of \`npm start\` is in ${DEMO_DATA_DIR}: pass --data ${DEMO_DATA_DIR}`
      : '';
  throw new StoreError(
    'DATABASE_NOT_FOUND',
    `newsgraph ${command}: expected a newsgraph store in ${dir} (--data ${config.dataDir}), found ${FOUND[state]}; ` +
      `create one with \`newsgraph ingest <paths…> --data ${config.dataDir}\` or pass --data DIR of an existing store${demoHint}`,
    { dir },
  );
}
