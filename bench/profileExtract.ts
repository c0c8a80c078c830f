/**
 * Steady-state extraction loop for profiling:
 *   node --import tsx bench/profileExtract.ts [--seconds S] [--profile out.cpuprofile]
 * Warms up (model, lexicons, JIT), then runs full extraction over the bench corpus for S
 * seconds, optionally under the V8 CPU profiler (started after warm-up), and prints articles/s.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { extractArticle } from '../src/pipeline.js';
import { benchInputs, loadArticles } from './lib/corpus.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, profile: { type: 'string' } } });
const articles = await loadArticles(benchInputs(true));
for (let i = 0; i < 3; i++) for (const a of articles) extractArticle(a);
const session = values.profile ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let n = 0;
while (performance.now() - t0 < Number(values.seconds) * 1000) for (const a of articles) (extractArticle(a), n++);
const s = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
if (session && values.profile) {
  const { profile } = await session.post('Profiler.stop');
  fs.writeFileSync(values.profile, JSON.stringify(profile));
}
process.stdout.write(`${n} articles in ${s.toFixed(2)} s: ${(n / s).toFixed(1)} articles/s wall, ${(n / ((cpu.user + cpu.system) / 1e6)).toFixed(1)} articles/CPU-s\n`);
