#!/usr/bin/env node
// First: sets NODE_ENV before graphql-js is loaded (it reads it once, at load).
import './productionMode.js';
import { runCli } from './runCli.js';
import type { CliIO } from './io.js';

const io: CliIO = {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  stderrIsTTY: Boolean(process.stderr.isTTY),
  waitForShutdown: () =>
    new Promise((resolve) => {
      const stop = (signal: string) => resolve(signal);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    }),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
