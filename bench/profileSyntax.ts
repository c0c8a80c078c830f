/**
 * Steady-state syntax loop for profiling:
 *   node --import tsx bench/profileSyntax.ts [--seconds S] [--profile out.cpuprofile]
 * Prepares the demo corpus's articles once, warms up (models, JIT), then runs `analyzeDocument`
 * per article (UPOS + XPOS tagger, parser, entity tagger) over them for S seconds, optionally under the V8
 * CPU profiler (started after warm-up), and prints tokens per second of CPU time.
 */
import { parseArgs } from 'node:util';
import { analyzeText } from '../src/nlp/nlp.js';
import { analyzeDocument, readSyntaxModels } from '../src/syntax/SyntaxModels.js';
import { toSyntaxWords } from '../src/syntax/words.js';
import { benchInputs, loadArticles } from './lib/corpus.js';
import { profiledLoop } from './lib/profiledLoop.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, profile: { type: 'string' } } });
const models = readSyntaxModels();
const documents = (await loadArticles(benchInputs(false))).map((a) => {
  const analysed = analyzeText(a.text);
  return analysed.sentences.map((s) => toSyntaxWords(analysed.tokens, s.first, s.last)).filter((w) => w.length > 0);
});
const tokens = documents.flat().reduce((n, s) => n + s.length, 0);
for (let i = 0; i < 5; i++) for (const d of documents) analyzeDocument(models, d);
const t = await profiledLoop(Number(values.seconds), values.profile, () => {
  for (const d of documents) analyzeDocument(models, d);
});
process.stdout.write(`${t.rounds} rounds of ${tokens} tokens: ${Math.round((tokens * t.rounds) / t.wallSeconds)} tokens/s wall, ${Math.round((tokens * t.rounds) / t.cpuSeconds)} tokens/CPU-s\n`);
