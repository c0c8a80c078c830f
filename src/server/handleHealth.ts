import type { ServerResponse } from 'node:http';
import { toNewsgraphError } from '../errors.js';
import type { GraphStore } from '../store/GraphStore.js';
import { sendJson } from './sendJson.js';

/** `GET /healthz`: 200 with the store's stats, or 503 with the error (internal details only in the log). */
export async function handleHealth(res: ServerResponse, store: GraphStore, log: (line: string) => void): Promise<void> {
  try {
    const stats = await store.stats();
    sendJson(res, 200, { status: 'ok', store: store.description, stats });
  } catch (error) {
    const err = toNewsgraphError(error);
    log(`health check failed: ${err.message}`);
    const message = err.code === 'INTERNAL' ? 'internal error: see the server log' : err.message;
    sendJson(res, 503, { status: 'error', store: store.description, error: { code: err.code, message } });
  }
}
