/**
 * Steady-state syntax loop for profiling:
 *   node --import tsx bench/profileSyntax.ts [--seconds S] [--profile out.cpuprofile]
 * Prepares the demo corpus's sentences once, warms up (models, JIT), then runs `analyzeWords`
 * (UPOS + XPOS tagger, parser, entity tagger) over them for S seconds, optionally under the V8
 * CPU profiler (started after warm-up), and prints tokens per second of CPU time.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { analyzeText } from '../src/nlp/nlp.js';
import { analyzeWords, readSyntaxModels } from '../src/syntax/SyntaxModels.js';
import { toSyntaxWords } from '../src/syntax/words.js';
import { benchInputs, loadArticles } from './lib/corpus.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, profile: { type: 'string' } } });
const models = readSyntaxModels();
const sentences = (await loadArticles(benchInputs(false))).flatMap((a) => {
  const analysed = analyzeText(a.text);
  return analysed.sentences.map((s) => toSyntaxWords(analysed.tokens, s.first, s.last)).filter((w) => w.length > 0);
});
const tokens = sentences.reduce((n, s) => n + s.length, 0);
for (let i = 0; i < 5; i++) for (const w of sentences) analyzeWords(models, w);
const session = values.profile ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let rounds = 0;
while (performance.now() - t0 < Number(values.seconds) * 1000) {
  for (const w of sentences) analyzeWords(models, w);
  rounds++;
}
const cpu = process.cpuUsage(cpu0);
if (session && values.profile) {
  const { profile } = await session.post('Profiler.stop');
  fs.writeFileSync(values.profile, JSON.stringify(profile));
}
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
process.stdout.write(`${rounds} rounds of ${tokens} tokens: ${Math.round((tokens * rounds) / cpuSeconds)} tokens/CPU-s\n`);
