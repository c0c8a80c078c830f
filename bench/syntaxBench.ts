/**
 * Syntax models on one core: UPOS + XPOS tagging and parsing (and, in a second row, the whole
 * `analyzeDocument`: the entity tagger too, with its document cues and contexts) over the demo
 * corpus's sentences, beside raw wink-nlp `readDoc` over the same
 * texts in the same run (rounds alternate). Words are prepared once before timing, so the rows
 * measure the models only. Also times loading the three model files in a fresh read.
 * Prints one `RESULT {json}` line.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { benchInputs, loadArticles, repoRoot } from './lib/corpus.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '6' }, warmup: { type: 'string', default: '3' } } });
const at = (file: string): string => pathToFileURL(path.join(repoRoot, 'dist', file)).href;

async function main(): Promise<unknown> {
  const nlpModule = (await import(at('nlp/nlp.js'))) as typeof import('../src/nlp/nlp.js');
  const syntax = (await import(at('syntax/SyntaxModels.js'))) as typeof import('../src/syntax/SyntaxModels.js');
  const enc = (await import(at('syntax/EncodedSentence.js'))) as typeof import('../src/syntax/EncodedSentence.js');
  const pos = (await import(at('syntax/PosTagger.js'))) as typeof import('../src/syntax/PosTagger.js');
  const dep = (await import(at('syntax/DependencyParser.js'))) as typeof import('../src/syntax/DependencyParser.js');
  const words = (await import(at('syntax/words.js'))) as typeof import('../src/syntax/words.js');
  const t0 = performance.now();
  const models = syntax.readSyntaxModels();
  const loadMs = performance.now() - t0;
  const articles = await loadArticles(benchInputs(false));
  const nlp = nlpModule.getNlp();
  const documents = articles.map((a) => {
    const analysed = nlpModule.analyzeText(a.text);
    return analysed.sentences.map((s) => words.toSyntaxWords(analysed.tokens, s.first, s.last)).filter((w) => w.length > 0);
  });
  const sentences = documents.flat();
  const tokens = sentences.reduce((n, s) => n + s.length, 0);
  const tagAndParse = (): void => {
    for (const w of sentences) {
      const s = new enc.EncodedSentence(w);
      dep.parseSentence(models.parser, s, pos.tagSentence(models.tagger, s), pos.tagSentence(models.xtagger, s));
    }
  };
  const all = (): void => {
    for (const d of documents) syntax.analyzeDocument(models, d);
  };
  const raw = (): void => {
    for (const a of articles) nlp.readDoc(a.text);
  };
  for (let r = 0; r < Number(values.warmup); r++) { raw(); tagAndParse(); all(); }
  // Wall-clock and CPU time per row: on a busy machine the process waits for a core, and the
  // CPU time shows what one core does when it has one.
  const ms = { raw: 0, parse: 0, all: 0 };
  const cpuMs = { raw: 0, parse: 0, all: 0 };
  let rounds = 0;
  const start = performance.now();
  while (rounds < 5 || performance.now() - start < Number(values.seconds) * 1000) {
    for (const [key, fn] of [['raw', raw], ['parse', tagAndParse], ['all', all]] as const) {
      const r0 = performance.now();
      const c0 = process.cpuUsage();
      fn();
      const c = process.cpuUsage(c0);
      ms[key] += performance.now() - r0;
      cpuMs[key] += (c.user + c.system) / 1000;
    }
    rounds++;
  }
  const perSecond = (m: number): number => (tokens * rounds) / (m / 1000);
  return {
    articles: articles.length, sentences: sentences.length, tokens, rounds, loadMs,
    rawTokensPerSecond: perSecond(ms.raw), parseTokensPerSecond: perSecond(ms.parse), allTokensPerSecond: perSecond(ms.all),
    rawTokensPerCpuSecond: perSecond(cpuMs.raw), parseTokensPerCpuSecond: perSecond(cpuMs.parse), allTokensPerCpuSecond: perSecond(cpuMs.all),
  };
}

main().then(
  (r) => process.stdout.write(`RESULT ${JSON.stringify(r)}\n`),
  (err: unknown) => {
    process.stderr.write(`syntax bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
