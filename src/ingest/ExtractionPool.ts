/**
 * A fixed pool of extraction workers (worker_threads). Each worker loads the NLP model once
 * and turns articles into ArticleGraphs; `extract` sends an article to the least busy worker.
 *
 * From the built package the workers run dist/ingest/worker.js; from TypeScript sources
 * (vitest, tsx) they run worker.ts through the tsx loader (a dev dependency).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ConfigError, describeValue } from '../errors.js';
import type { Article } from '../model/types.js';
import type { GraphOutcome } from './extractGraph.js';
import type { ExtractRequest, ExtractResponse, GraphWithoutText, WorkerConfig, WorkerFailure } from './messages.js';

export const MAX_WORKERS = 64;

/** A worker's answer: the graph comes back without the text (see messages.ts). */
type WorkerOutcome = { ok: true; graph: GraphWithoutText } | { ok: false; failure: WorkerFailure };

interface Slot {
  worker: Worker;
  pending: Map<number, (outcome: WorkerOutcome) => void>;
  /** Set once the worker died; later requests fail at once. */
  dead: string | null;
}

/**
 * The worker to start. From dist: worker.js. From TypeScript sources the worker is a tiny
 * eval'd bootstrap that registers the tsx loader and then imports worker.ts (an `--import tsx`
 * execArgv does not apply its hooks to a worker's entry module on Node 20).
 */
function startWorker(config: WorkerConfig): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData: config });
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(path.join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = new URL('./worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsxApi)}).then((m) => { (m.register ?? m.default.register)(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { eval: true, workerData: config });
}

export class ExtractionPool {
  readonly size: number;
  private readonly slots: Slot[];
  private nextId = 0;
  private closed = false;

  private constructor(size: number, config: WorkerConfig) {
    this.size = size;
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: startWorker(config), pending: new Map(), dead: null };
      slot.worker.on('message', (response: ExtractResponse) => {
        const resolve = slot.pending.get(response.id);
        if (!resolve) return;
        slot.pending.delete(response.id);
        resolve(response.ok ? { ok: true, graph: response.graph } : { ok: false, failure: response.failure });
      });
      const die = (reason: string): void => {
        if (slot.dead === null) slot.dead = reason;
        for (const [, resolve] of slot.pending) resolve(this.lost(slot));
        slot.pending.clear();
      };
      slot.worker.on('error', (err) => die(err instanceof Error ? err.message : String(err)));
      slot.worker.on('exit', (code) => die(`exited with code ${code}`));
      return slot;
    });
  }

  /** Starts `size` workers (1 … MAX_WORKERS). */
  static start(size: number, config: WorkerConfig): ExtractionPool {
    if (!Number.isInteger(size) || size < 1 || size > MAX_WORKERS) {
      throw new ConfigError(`workers expects a whole number from 1 to ${MAX_WORKERS}, found ${describeValue(size)}`);
    }
    return new ExtractionPool(size, config);
  }

  private lost(slot: Slot, source = 'article'): { ok: false; failure: WorkerFailure } {
    return { ok: false, failure: { source, code: 'INTERNAL', message: `expected an extraction worker to answer, found it stopped (${slot.dead ?? 'closed'})` } };
  }

  /** Extracts one article in the least busy worker. */
  extract(article: Article): Promise<GraphOutcome> {
    let slot = this.slots[0] as Slot;
    for (const s of this.slots) if (s.dead === null && (slot.dead !== null || s.pending.size < slot.pending.size)) slot = s;
    if (this.closed || slot.dead !== null) return Promise.resolve(this.lost(slot, article.source));
    const id = this.nextId++;
    return new Promise<GraphOutcome>((resolve) => {
      slot.pending.set(id, (outcome) => {
        if (outcome.ok) {
          const { article: meta, entities, facts } = outcome.graph;
          resolve({ ok: true, graph: { article: meta, text: article.text, entities, facts } });
          return;
        }
        if (outcome.failure.source === 'article') outcome.failure.source = article.source;
        resolve(outcome);
      });
      const request: ExtractRequest = { id, article };
      slot.worker.postMessage(request);
    });
  }

  /** Stops every worker; pending extractions resolve as failures. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
