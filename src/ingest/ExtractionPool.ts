/**
 * A fixed pool of extraction processes. Each process loads the NLP model once and turns
 * articles into ArticleGraphs; `extract` sends an article to the least busy one.
 *
 * Why processes and not worker_threads: the extraction rules are a few very large functions
 * (findRelations, findMentions, resolveMentions … 5–10 KB of bytecode each). V8's optimising
 * compiler spends up to ~1 s of CPU on each compile of one of them, and compiles them again
 * after each deoptimisation: about 5 s of background CPU per isolate for the first thousand
 * articles, more than the extraction itself. With one extraction thread that compile runs on
 * an otherwise idle core; with N extraction isolates on N cores every isolate pays it again on
 * the cores the extraction needs (workers = 2 was slower than 1 on 2 cores). V8 options are
 * per process (worker_threads cannot have their own), so the extraction runs in child
 * processes started with EXTRACTION_V8_OPTIONS, which leave the large functions to the
 * baseline compiler; the main process (reading, store writes) keeps V8's defaults. Results
 * come back as JSON (cheaper to decode on the main thread than a structured clone).
 *
 * From the built package the children run dist/ingest/worker.js; from TypeScript sources
 * (vitest, tsx) they run worker.ts through the tsx loader (a dev dependency).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConfigError, describeValue } from '../errors.js';
import type { Article } from '../model/types.js';
import type { GraphOutcome } from './extractGraph.js';
import type { ExtractRequest, ExtractResponse, GraphWithoutText, WorkerConfig, WorkerFailure } from './messages.js';

export const MAX_WORKERS = 64;

/**
 * V8 options of the extraction processes: functions with more than 2,500 bytes of bytecode
 * (the rule functions above; V8's default limit is 60 KB) stay on the baseline compiler.
 * Measured with the real CLI, 2 workers on 2 cores (bench/README.md), 960 articles: worker
 * threads with V8's defaults 9.5 s (CPU 18 s), these processes 5.0–5.8 s (CPU 9–12 s),
 * workers = 1 7.1–7.9 s. Warm, the large functions run ~10 % slower; at 9,600 articles the
 * saved compile still balances that (28.6 s with the option, 28.5 s without, same run).
 */
export const EXTRACTION_V8_OPTIONS: readonly string[] = ['--max-optimized-bytecode-size=2500'];

/**
 * Extraction processes worth starting for `requested` workers on `cores` CPU cores: at most
 * one per core. Each process pays model loading and its own JIT warm-up, so processes beyond
 * the cores add that cost and no throughput (960 articles on 2 cores: 2 workers 5.6 s,
 * 3 workers 7.1 s, 4 workers 7.9 s, 1 worker 7.2 s). 1 means: extract on the main thread.
 */
export function usefulWorkers(requested: number, cores: number): number {
  return Math.max(1, Math.min(requested, Math.floor(cores)));
}

/** A worker's answer: the graph comes back without the text (see messages.ts). */
type WorkerOutcome = { ok: true; graph: GraphWithoutText } | { ok: false; failure: WorkerFailure };

interface Slot {
  child: ChildProcess;
  pending: Map<number, (outcome: WorkerOutcome) => void>;
  /** Set once the process died or its channel closed; later requests fail at once. */
  dead: string | null;
  /** Marks the slot dead and fails its pending requests. */
  die: (reason: string) => void;
}

/** Parent options a child must not inherit: an inspector port can be taken only once. */
const isInspectorOption = (arg: string): boolean => /^--(inspect|debug)(-brk|-port|-wait)?(=|$)/.test(arg);

/**
 * Node options of an extraction process: this process's options (heap limits, source maps …)
 * except inspector ones, the tsx loader when running from TypeScript sources (`tsxLoader`,
 * unless tsx is already imported), then EXTRACTION_V8_OPTIONS.
 */
export function extractionExecArgv(parentExecArgv: readonly string[], tsxLoader: string | null): string[] {
  const inherited: string[] = [];
  for (let i = 0; i < parentExecArgv.length; i++) {
    const arg = parentExecArgv[i] as string;
    if (!isInspectorOption(arg)) inherited.push(arg);
    else if (!arg.includes('=') && /^\d+$/.test(parentExecArgv[i + 1] ?? '')) i++; // `--inspect-port 9230`
  }
  const hasTsx = inherited.some((arg) => /(^|[=/\\])tsx([/\\]|$)/.test(arg));
  return [...inherited, ...(tsxLoader !== null && !hasTsx ? ['--import', tsxLoader] : []), ...EXTRACTION_V8_OPTIONS];
}

/** The child to start: worker.js from dist; from TypeScript sources worker.ts with the tsx loader. */
function startChild(config: WorkerConfig): ChildProcess {
  const fromSources = import.meta.url.endsWith('.ts');
  let tsxLoader: string | null = null;
  if (fromSources) {
    const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
    tsxLoader = pathToFileURL(path.join(tsxRoot, 'dist', 'loader.mjs')).href;
  }
  const entry = fileURLToPath(new URL(fromSources ? './worker.ts' : './worker.js', import.meta.url));
  return fork(entry, [JSON.stringify(config)], {
    execArgv: extractionExecArgv(process.execArgv, tsxLoader),
    // stdout stays the parent's alone (`--report -` writes there); stderr shows a crash.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    serialization: 'json',
  });
}

export class ExtractionPool {
  readonly size: number;
  private readonly slots: Slot[];
  private nextId = 0;
  private closed = false;

  private constructor(size: number, config: WorkerConfig) {
    this.size = size;
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = {
        child: startChild(config),
        pending: new Map(),
        dead: null,
        die: (reason) => {
          if (slot.dead === null) slot.dead = reason;
          for (const [, resolve] of slot.pending) resolve(this.lost(slot));
          slot.pending.clear();
        },
      };
      slot.child.on('message', (response: ExtractResponse) => {
        const resolve = slot.pending.get(response.id);
        if (!resolve) return;
        slot.pending.delete(response.id);
        resolve(response.ok ? { ok: true, graph: response.graph } : { ok: false, failure: response.failure });
      });
      slot.child.on('error', (err) => slot.die(err.message));
      slot.child.on('exit', (code, signal) => slot.die(signal ? `killed by ${signal}` : `exited with code ${code}`));
      return slot;
    });
  }

  /** Starts `size` extraction processes (1 … MAX_WORKERS). */
  static start(size: number, config: WorkerConfig): ExtractionPool {
    if (!Number.isInteger(size) || size < 1 || size > MAX_WORKERS) {
      throw new ConfigError(`workers expects a whole number from 1 to ${MAX_WORKERS}, found ${describeValue(size)}`);
    }
    return new ExtractionPool(size, config);
  }

  private lost(slot: Slot, source = 'article'): { ok: false; failure: WorkerFailure } {
    return { ok: false, failure: { source, code: 'INTERNAL', message: `expected an extraction worker to answer, found it stopped (${slot.dead ?? 'closed'})` } };
  }

  /** False once every process has died or the pool was closed. */
  get alive(): boolean {
    return !this.closed && this.slots.some((s) => s.dead === null);
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
      slot.child.send(request, (err) => {
        if (err) slot.die(err.message);
      });
    });
  }

  /** Stops every worker; pending extractions resolve as failures. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(
      this.slots.map(
        (s) =>
          new Promise<void>((resolve) => {
            if (s.child.exitCode !== null || s.child.signalCode !== null) return resolve();
            s.child.once('exit', () => resolve());
            s.child.kill();
          }),
      ),
    );
  }
}
