/**
 * Extraction throughput on one core: full `extractArticle` (tokenise, tag, mentions,
 * relations, within-article resolution) against raw wink-nlp `readDoc` over the same texts.
 *
 * Fair steady-state measurement on a shared machine:
 * - the built package by default (`--from dist`, what `newsgraph extract` runs; `--from src`
 *   measures the TypeScript sources through tsx, whose keep-names helpers cost a little);
 * - model loading, lexicon building and JIT warm-up happen before timing (`--warmup` rounds
 *   of both);
 * - raw and full rounds alternate (one raw round over all texts, one full round, …) so both
 *   see the same machine load, for at least `--seconds` and `--rounds`; the ratio uses
 *   summed times.
 * Per-article times give the demo-corpus figure and the corpus + seeds figure from one run.
 * Prints one `RESULT {json}` line.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadPackageModules } from './lib/packageModules.js';
import type { Article } from '../src/model/types.js';
import { benchInputs, corpusPath, loadArticles } from './lib/corpus.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '6' },
    rounds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '5' },
    seeds: { type: 'boolean', default: true },
    from: { type: 'string', default: 'dist' },
  },
});

interface Throughput {
  articlesPerSecond: number;
  tokensPerSecond: number;
  rounds: number;
  seconds: number;
}

function throughput(ms: number, articles: number, tokens: number, rounds: number): Throughput {
  const seconds = ms / 1000;
  return { articlesPerSecond: (articles * rounds) / seconds, tokensPerSecond: (tokens * rounds) / seconds, rounds, seconds };
}

async function main(): Promise<unknown> {
  const { extractArticle, getNlp } = await loadPackageModules(values.from);
  const articles: Article[] = await loadArticles(benchInputs(values.seeds));
  const nlp = getNlp();
  const tokenCounts = articles.map((a) => nlp.readDoc(a.text).tokens().length());
  const inCorpus = articles.map((a) => path.resolve(a.source).startsWith(corpusPath + path.sep));

  // Warm-up: model, lazily built lexicons and gazetteer, JIT of both paths.
  for (let r = 0; r < Number(values.warmup); r++) {
    for (const a of articles) {
      nlp.readDoc(a.text);
      extractArticle(a);
    }
  }

  const rawMs = new Float64Array(articles.length);
  const fullMs = new Float64Array(articles.length);
  let rounds = 0;
  const t0 = performance.now();
  while (rounds < Number(values.rounds) || performance.now() - t0 < Number(values.seconds) * 1000) {
    // Whole rounds alternate (not article by article), so neither run finds its caches
    // flushed by the other one's work on every article.
    for (let i = 0; i < articles.length; i++) {
      const r0 = performance.now();
      nlp.readDoc((articles[i] as Article).text);
      rawMs[i] = (rawMs[i] as number) + (performance.now() - r0);
    }
    for (let i = 0; i < articles.length; i++) {
      const r0 = performance.now();
      extractArticle(articles[i] as Article);
      fullMs[i] = (fullMs[i] as number) + (performance.now() - r0);
    }
    rounds++;
  }

  const sum = (xs: Float64Array, keep: (i: number) => boolean): number => xs.reduce((s, x, i) => (keep(i) ? s + x : s), 0);
  const all = (): boolean => true;
  const corpusOnly = (i: number): boolean => inCorpus[i] === true;
  const tokens = tokenCounts.reduce((s, n) => s + n, 0);
  const corpusArticles = inCorpus.filter(Boolean).length;
  const corpusTokens = tokenCounts.reduce((s, n, i) => (inCorpus[i] ? s + n : s), 0);
  const raw = throughput(sum(rawMs, all), articles.length, tokens, rounds);
  const full = throughput(sum(fullMs, all), articles.length, tokens, rounds);
  const corpusRaw = throughput(sum(rawMs, corpusOnly), corpusArticles, corpusTokens, rounds);
  const corpusFull = throughput(sum(fullMs, corpusOnly), corpusArticles, corpusTokens, rounds);
  return {
    from: values.from,
    articles: articles.length,
    tokens,
    raw,
    full,
    ratio: full.tokensPerSecond / raw.tokensPerSecond,
    corpus: { articles: corpusArticles, tokens: corpusTokens, raw: corpusRaw, full: corpusFull, ratio: corpusFull.tokensPerSecond / corpusRaw.tokensPerSecond },
  };
}

main().then(
  (r) => process.stdout.write(`RESULT ${JSON.stringify(r)}\n`),
  (err: unknown) => {
    process.stderr.write(`extraction bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
