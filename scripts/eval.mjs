#!/usr/bin/env node
// npm run eval: extract the dev set (and the shared seeds, when present) with the built CLI,
// write the predictions under test-output/eval/, and print each set's score.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'dist/cli/main.js');
const outDir = path.join(root, 'test-output/eval');
const sharedScorer = path.join(root, '../shared/eval/score.py');
const verbose = process.argv.includes('--verbose');

const sets = [{ name: 'dev', input: path.join(root, 'test/fixtures/eval'), gold: path.join(root, 'test/fixtures/eval') }];
if (existsSync(path.join(root, '../shared/seeds'))) {
  sets.push({ name: 'seeds', input: path.join(root, '../shared/seeds'), gold: path.join(root, '../shared/eval/gold') });
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  if (result.error) throw new Error(`could not run ${command}: ${result.error.message}`);
  return result;
}

function hasPython() {
  return existsSync(sharedScorer) && run('python3', ['--version']).status === 0;
}

function main() {
  if (!existsSync(cli)) {
    console.log('dist/cli/main.js not found; running npm run build …');
    const build = run('npm', ['run', 'build'], { stdio: 'inherit' });
    if (!existsSync(cli)) {
      console.error(`expected the build to produce ${path.relative(root, cli)}, found none (build exit code ${build.status})`);
      return 1;
    }
    if (build.status !== 0) console.warn(`build reported errors (exit code ${build.status}); trying the emitted CLI anyway`);
  }
  mkdirSync(outDir, { recursive: true });
  const python = hasPython();
  let failures = 0;
  for (const set of sets) {
    const extract = run(process.execPath, [cli, 'extract', set.input, '--format', 'json']);
    if (extract.status !== 0) {
      console.error(`[${set.name}] extract failed with exit code ${extract.status}:\n${extract.stderr}`);
      failures += 1;
      continue;
    }
    const predFile = path.join(outDir, `${set.name}.json`);
    writeFileSync(predFile, extract.stdout);
    console.log(`\n== ${set.name}: predictions in ${path.relative(root, predFile)}`);
    if (!python) continue;
    const args = [sharedScorer, set.gold, predFile];
    if (verbose) args.push('--verbose');
    const score = run('python3', args);
    process.stdout.write(score.stdout);
    if (score.status !== 0) {
      console.error(`[${set.name}] scorer failed:\n${score.stderr}`);
      failures += 1;
    }
  }
  if (!python) {
    console.log(
      '\nPer-set numbers need the shared scorer (python3 and ../shared/eval/score.py), which was not found.' +
        '\nThe TypeScript port of the scorer runs in the tests: npx vitest run test/unit/eval',
    );
  }
  return failures === 0 ? 0 : 1;
}

process.exitCode = main();
