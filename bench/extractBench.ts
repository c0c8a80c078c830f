/**
 * Extraction throughput on one core: full `extractArticle` (tokenise, tag, mentions,
 * relations, within-article resolution) against raw wink-nlp `readDoc` over the same texts,
 * each run for at least `--seconds`. Prints one `RESULT {json}` line.
 */
import { parseArgs } from 'node:util';
import { getNlp } from '../src/extraction/nlp.js';
import { extractArticle } from '../src/pipeline.js';
import { benchInputs, loadArticles } from './lib/corpus.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '3' }, seeds: { type: 'boolean', default: true } } });
const seconds = Number(values.seconds);

interface Throughput {
  articlesPerSecond: number;
  tokensPerSecond: number;
  rounds: number;
}

function run(texts: readonly string[], tokens: number, fn: (text: string) => void): Throughput {
  let rounds = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    for (const t of texts) fn(t);
    rounds++;
    elapsed = (performance.now() - t0) / 1000;
  } while (elapsed < seconds);
  return { articlesPerSecond: (texts.length * rounds) / elapsed, tokensPerSecond: (tokens * rounds) / elapsed, rounds };
}

async function main(): Promise<unknown> {
  const articles = await loadArticles(benchInputs(values.seeds));
  const nlp = getNlp();
  const texts = articles.map((a) => a.text);
  let tokens = 0;
  for (const t of texts) tokens += nlp.readDoc(t).tokens().length();
  const byText = new Map(articles.map((a) => [a.text, a]));
  // Warm-up: JIT and lazily built lexicons.
  for (const a of articles) extractArticle(a);
  const raw = run(texts, tokens, (t) => void nlp.readDoc(t));
  const full = run(texts, tokens, (t) => void extractArticle(byText.get(t)!));
  return {
    articles: articles.length,
    tokens,
    raw,
    full,
    ratio: full.tokensPerSecond / raw.tokensPerSecond,
  };
}

main().then(
  (r) => process.stdout.write(`RESULT ${JSON.stringify(r)}\n`),
  (err: unknown) => {
    process.stderr.write(`extraction bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
