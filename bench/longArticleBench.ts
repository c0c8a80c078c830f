/**
 * Extraction of one long article (issue 13: a 5 MB article of one repeated sentence ran for
 * 20 minutes): the built package's `parseArticleText` + `extractArticle` (what `newsgraph
 * extract` runs per article) on `--mb` sizes of two texts, each size extracted once in this
 * process after a warm-up:
 * - `sentence`: one news sentence repeated (every mention re-mentions the same few entities);
 * - `corpus`: the demo corpus articles concatenated again and again (realistic names and facts).
 * Per size: seconds, MB/s and the extractor's counted work units per KB (WorkCounter), which
 * shows linearity without depending on the machine's load. Prints one `RESULT {json}` line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadPackageModules } from './lib/packageModules.js';
import { corpusPath } from './lib/corpus.js';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '1,2,4,5' },
    from: { type: 'string', default: 'dist' },
  },
});

const SENTENCE = 'Renault chief executive Luca de Meo met French President Emmanuel Macron in Paris on Monday, the company said. ';

function corpusText(): string {
  const files = fs.readdirSync(corpusPath).filter((f) => f.endsWith('.txt')).sort();
  return files.map((f) => fs.readFileSync(path.join(corpusPath, f), 'utf8')).join('\n\n') + '\n\n';
}

/** `unit` repeated to exactly `bytes` characters (ASCII text: characters = bytes). */
function repeated(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

interface Row {
  text: string;
  mb: number;
  seconds: number;
  mbPerSecond: number;
  workPerKb: number;
  entities: number;
  relations: number;
}

async function main(): Promise<unknown> {
  const { extractArticle, parseArticleText } = await loadPackageModules(values.from);
  const sizes = values.mb.split(',').map((s) => Number(s.trim()));
  if (sizes.some((s) => !(s > 0))) throw new Error(`--mb expects sizes in MB like 1,2,4,5, found ${JSON.stringify(values.mb)}`);
  const texts: Array<[string, string]> = [['sentence', SENTENCE], ['corpus', corpusText()]];
  for (const [, unit] of texts) extractArticle(parseArticleText(repeated(unit, 200_000), 'warmup.txt')); // model, lexicons, JIT
  const rows: Row[] = [];
  for (const [name, unit] of texts) {
    for (const mb of sizes) {
      const bytes = Math.round(mb * 1e6);
      const raw = repeated(unit, bytes);
      globalThis.gc?.();
      const work = { units: 0 };
      const t0 = performance.now();
      const article = parseArticleText(raw, `${name}.txt`);
      const x = extractArticle(article, { work });
      const seconds = (performance.now() - t0) / 1000;
      rows.push({ text: name, mb, seconds, mbPerSecond: mb / seconds, workPerKb: work.units / (bytes / 1000), entities: x.entities.length, relations: x.relations.length });
      process.stderr.write(`long article: ${name} ${mb} MB in ${seconds.toFixed(2)} s\n`);
    }
  }
  return { rows };
}

main().then(
  (r) => process.stdout.write(`RESULT ${JSON.stringify(r)}\n`),
  (err: unknown) => {
    process.stderr.write(`long-article bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
