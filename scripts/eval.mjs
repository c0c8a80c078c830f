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
  failures += reliabilityEval();
  failures += conll04Extraction(python);
  failures += syntaxEval(python);
  if (!python) {
    console.log(
      '\nPer-set numbers need the shared scorer (python3 and ../shared/eval/score.py), which was not found.' +
        '\nThe TypeScript port of the scorer runs in the tests: npx vitest run test/unit/eval',
    );
  }
  return failures === 0 ? 0 : 1;
}

const sharedDir = path.join(root, '../shared');

/** Precision per confidence band of the dev predictions (shipped calibration), and the cross-validated table it was fitted with. */
function reliabilityEval() {
  const script = `
    const { readFileSync } = await import('node:fs');
    const sc = await import(${JSON.stringify(path.join(root, 'dist/eval/scoreExtraction.js'))});
    const cf = await import(${JSON.stringify(path.join(root, 'dist/extraction/confidence.js'))});
    const cal = await import(${JSON.stringify(path.join(root, 'dist/eval/calibrateConfidence.js'))});
    const pred = JSON.parse(readFileSync(${JSON.stringify(path.join(outDir, 'dev.json'))}, 'utf8')).articles;
    const outcomes = sc.relationOutcomes(sc.readGoldDir(${JSON.stringify(path.join(root, 'test/fixtures/eval'))}), pred);
    const items = pred.flatMap((a) => a.relations.map((r, i) => ({ confidence: r.confidence, right: outcomes.get(a)?.[i] })).filter((x) => typeof x.right === 'boolean'));
    console.log('\\n== confidence reliability, dev set (shipped calibration, in-sample)\\n' + cal.formatReliability(cf.reliabilityTable(items)));
    const model = JSON.parse(readFileSync(${JSON.stringify(path.join(root, 'models/confidence.json'))}, 'utf8'));
    console.log('\\n== the same, 5-fold cross-validated by article (npm run calibrate: ' + model.trainedOn + ')\\n' + cal.formatReliability(model.crossValidatedReliability));`;
  const result = run(process.execPath, ['--input-type=module', '-e', script]);
  process.stdout.write(result.stdout);
  if (result.status !== 0) console.error(`reliability table failed: ${result.stderr}`);
  return result.status === 0 ? 0 : 1;
}

/** Full extraction on CoNLL04 dev, scored by the shared CoNLL04 scorer. */
function conll04Extraction(python) {
  const input = path.join(sharedDir, 'eval/conll04/dev.ndjson');
  if (!python || !existsSync(input)) return 0;
  const extract = run(process.execPath, [cli, 'extract', input, '--format', 'json']);
  const predFile = path.join(outDir, 'conll04-dev.json');
  writeFileSync(predFile, extract.stdout);
  const score = run('python3', [path.join(sharedDir, 'eval/conll04/score.py'), predFile, '--json']);
  if (extract.status !== 0 || score.status !== 0) {
    console.error(`CoNLL04 extraction or scoring failed: ${extract.stderr}${score.stderr}`);
    return 1;
  }
  const c = JSON.parse(score.stdout);
  const f = (x) => (x === undefined ? '–' : Number(x).toFixed(3));
  console.log(`\n== CoNLL04 dev, full extraction (shared scorer)\n| typed entity F1 | typed relation P | typed relation R | typed relation F1 |\n|---|---|---|---|\n| ${f(c.entity_typed?.f1)} | ${f(c.relation_typed?.p)} | ${f(c.relation_typed?.r)} | ${f(c.relation_typed?.f1)} |`);
  return 0;
}
const TREEBANKS = [
  ['EWT dev', 'data/ud/ewt/dev.conllu'],
  ['EWT test', 'data/ud/ewt/test.conllu'],
  ['GUM dev', 'data/ud/gum/dev.conllu'],
  ['GUM test', 'data/ud/gum/test.conllu'],
];

function pct(x) {
  return (100 * x).toFixed(2);
}

/** Parser UAS/LAS (shared CoNLL 2018 style scorer) and entity span F1 of the shipped models. */
function syntaxEval(python) {
  if (!existsSync(path.join(sharedDir, 'data/ud/ewt/test.conllu')) || !python) {
    console.log('\n(parser and entity-tagger scores need ../shared/data/ud, ../shared/eval and python3; skipped)');
    return 0;
  }
  let failures = 0;
  console.log('\n== parser (gold tokens, predicted tags; punctuation included)\n| treebank | UAS | LAS | words |\n|---|---|---|---|');
  for (const [name, rel] of TREEBANKS) {
    const gold = path.join(sharedDir, rel);
    const predFile = path.join(outDir, `${name.replace(' ', '-').toLowerCase()}.pred.conllu`);
    const parse = run(process.execPath, [cli, 'parse', gold, '--gold-tokens']);
    if (parse.status !== 0) {
      console.error(`[${name}] parse failed: ${parse.stderr}`);
      failures++;
      continue;
    }
    writeFileSync(predFile, parse.stdout);
    const score = run('python3', [path.join(sharedDir, 'eval/ud/score.py'), gold, predFile, '--json']);
    const r = JSON.parse(score.stdout);
    console.log(`| ${name} | ${pct(r.uas)} | ${pct(r.las)} | ${r.words} |`);
  }
  return failures + entityEval();
}

function entityEval() {
  const script = `
    const { readFileSync, writeFileSync } = await import('node:fs');
    const { getSyntaxModels } = await import(${JSON.stringify(path.join(root, 'dist/syntax/SyntaxModels.js'))});
    const ev = await import(${JSON.stringify(path.join(root, 'dist/syntax/train/evaluateEntities.js'))});
    const models = getSyntaxModels();
    const shared = ${JSON.stringify(sharedDir)};
    const gum = (split, released, fine) => ev.evaluateGumEntities(models, readFileSync(shared + '/data/ud/gum/' + split + '.conllu', 'utf8'), 'gum-' + split, released ? readFileSync(shared + '/data/ud/gum/ner_derived/' + split + '.iob2', 'utf8') : undefined, fine);
    const records = readFileSync(shared + '/eval/conll04/dev.ndjson', 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l));
    const articles = records.map((r) => ev.taggerOnlyArticle(models, r.id, r.text));
    writeFileSync(${JSON.stringify(path.join(outDir, 'conll04-dev.tagger.json'))}, JSON.stringify({ articles }));
    console.log(JSON.stringify({ gumDev: gum('dev'), gumTest: gum('test'), gumTestReleased: gum('test', true), gumTestFine: gum('test', false, true) }));`;
  const result = run(process.execPath, ['--input-type=module', '-e', script]);
  if (result.status !== 0) {
    console.error(`entity evaluation failed: ${result.stderr}`);
    return 1;
  }
  const r = JSON.parse(result.stdout.trim().split('\n').pop());
  console.log('\n== entity tagger (typed spans: PERSON ORGANIZATION PLACE EVENT OTHER)\n| set | exact P | exact R | exact F1 | lenient F1 | gold spans |\n|---|---|---|---|---|---|');
  for (const [name, e] of [['GUM dev (name spans of the Entity column)', r.gumDev], ['GUM test (name spans of the Entity column)', r.gumTest], ['GUM test (name spans, 8 types: ABSTRACT OBJECT TIME apart)', r.gumTestFine], ['GUM test (released ner_derived view, full NPs)', r.gumTestReleased]]) {
    console.log(`| ${name} | ${pct(e.exact.precision)} | ${pct(e.exact.recall)} | ${pct(e.exact.f1)} | ${pct(e.lenient.f1)} | ${e.gold} |`);
  }
  const conll = run('python3', [path.join(sharedDir, 'eval/conll04/score.py'), path.join(outDir, 'conll04-dev.tagger.json'), '--gold', path.join(sharedDir, 'eval/conll04/dev.gold.jsonl'), '--json']);
  if (conll.status !== 0) {
    console.error(`CoNLL04 scorer failed: ${conll.stderr}`);
    return 1;
  }
  const c = JSON.parse(conll.stdout);
  console.log(`| CoNLL04 dev (tagger only, shared scorer) | ${pct(c.entity_typed.p)} | ${pct(c.entity_typed.r)} | ${pct(c.entity_typed.f1)} typed | ${pct(c.entity.f1)} untyped | ${c.entity_typed.n_gold} |`);
  return 0;
}

process.exitCode = main();
