import type { Env } from '../config.js';

/** Everything a command touches of the outside world, so tests can run commands in-process. */
export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: Env;
  /** True when stderr is an interactive terminal (progress display). */
  stderrIsTTY: boolean;
  /** Resolves when the process is asked to stop (SIGINT/SIGTERM); used by `serve`. */
  waitForShutdown: () => Promise<string>;
}

export function line(stream: NodeJS.WritableStream, text = ''): void {
  stream.write(`${text}\n`);
}
