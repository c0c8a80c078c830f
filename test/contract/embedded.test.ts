import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openEmbeddedStore } from '../../src/store/memory/EmbeddedStore.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { describeGraphStoreContract } from './graphStoreContract.js';

let dir = '';
let current: GraphStore | null = null;

describeGraphStoreContract(
  'embedded',
  async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-contract-'));
    const store = await openEmbeddedStore(dir);
    current = store;
    return {
      store,
      cleanup: async () => {
        await store.close();
        await current?.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  },
  {
    reopen: async () => {
      current = await openEmbeddedStore(dir);
      return current;
    },
  },
);
