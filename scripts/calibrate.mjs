#!/usr/bin/env node
// npm run calibrate: fit the confidence model on the dev set (test/fixtures/eval, gold beside
// each article) and write models/confidence.json; prints the cross-validated reliability table.
// Usage: npm run calibrate [-- --dev DIR] [--out DIR]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? path.resolve(argv[i + 1]) : fallback;
};
const devDir = flag('--dev', path.join(root, 'test/fixtures/eval'));
const outDir = flag('--out', path.join(root, 'models'));

const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const dist = (p) => import(path.join(root, 'dist', p));
const { parseArticleText } = await dist('sources/parseArticleText.js');
const { buildArticleExtraction } = await dist('resolution/buildArticleExtraction.js');
const { readGoldDir } = await dist('eval/scoreExtraction.js');
const { calibrate, formatReliability } = await dist('eval/calibrateConfidence.js');

const texts = readdirSync(devDir).filter((f) => f.endsWith('.txt')).sort();
if (texts.length === 0) {
  console.error(`expected dev articles (*.txt with gold *.json) in ${devDir}, found none`);
  process.exit(2);
}
const extractions = texts.map((f) => {
  const file = path.join(devDir, f);
  return buildArticleExtraction(parseArticleText(readFileSync(file, 'utf8'), file), { confidenceModel: null });
});
const result = calibrate(extractions, readGoldDir(devDir));
const out = {
  description: 'Confidence calibration: logistic regression over fact features (src/extraction/confidence.ts), fitted by npm run calibrate',
  trainedOn: `${path.relative(root, devDir) || devDir} (${texts.length} articles, ${result.facts} facts, ${result.right} right)`,
  weights: result.model.weights,
  crossValidatedReliability: result.crossValidated,
};
writeFileSync(path.join(outDir, 'confidence.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log(`wrote ${path.relative(root, path.join(outDir, 'confidence.json'))}: ${result.facts} facts from ${texts.length} articles`);
console.log('\nReliability (5-fold cross-validation by article):\n');
console.log(formatReliability(result.crossValidated));
