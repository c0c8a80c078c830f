/**
 * Steady-state extraction loop for profiling:
 *   node --import tsx bench/profileExtract.ts [--seconds S] [--profile out.cpuprofile]
 * Warms up (model, lexicons, JIT), then runs full extraction over the bench corpus for S
 * seconds, optionally under the V8 CPU profiler (started after warm-up), and prints articles/s.
 */
import { parseArgs } from 'node:util';
import { extractArticle } from '../src/pipeline.js';
import { benchInputs, loadArticles } from './lib/corpus.js';
import { profiledLoop } from './lib/profiledLoop.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, profile: { type: 'string' } } });
const articles = await loadArticles(benchInputs(true));
for (let i = 0; i < 3; i++) for (const a of articles) extractArticle(a);
const t = await profiledLoop(Number(values.seconds), values.profile, () => {
  for (const a of articles) extractArticle(a);
});
const n = t.rounds * articles.length;
process.stdout.write(`${n} articles in ${t.wallSeconds.toFixed(2)} s: ${(n / t.wallSeconds).toFixed(1)} articles/s wall, ${(n / t.cpuSeconds).toFixed(1)} articles/CPU-s\n`);
