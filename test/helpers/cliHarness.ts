import { PassThrough, Readable } from 'node:stream';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/runCli.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return () => Buffer.concat(chunks).toString('utf8');
}

/** Runs the CLI in-process with captured output; `stdin` feeds `-`; `tty` makes stderr a terminal. */
export async function runCliCaptured(argv: string[], options: { stdin?: string; env?: Record<string, string>; tty?: boolean } = {}): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const io: CliIO = {
    stdout,
    stderr,
    stdin: Readable.from([Buffer.from(options.stdin ?? '')]),
    env: options.env ?? {},
    stderrIsTTY: options.tty === true,
    waitForShutdown: () => Promise.resolve('test'),
  };
  const code = await runCli(argv, io);
  stdout.end();
  stderr.end();
  await new Promise((r) => setImmediate(r));
  return { code, stdout: out(), stderr: err() };
}
