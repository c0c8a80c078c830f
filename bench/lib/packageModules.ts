/**
 * The extraction entry points the benchmarks time, from the built package (`dist`, what
 * `newsgraph` runs) or from the TypeScript sources through tsx (`src`).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './corpus.js';

export interface PackageModules {
  extractArticle: typeof import('../../src/pipeline.js').extractArticle;
  parseArticleText: typeof import('../../src/sources/parseArticleText.js').parseArticleText;
  getNlp: typeof import('../../src/nlp/nlp.js').getNlp;
}

export async function loadPackageModules(from: string): Promise<PackageModules> {
  if (from !== 'src' && from !== 'dist') throw new Error(`--from expects src or dist, found ${JSON.stringify(from)}`);
  const at = (file: string): string => (from === 'src' ? new URL(`../../src/${file.replace(/\.js$/, '.ts')}`, import.meta.url).href : pathToFileURL(path.join(repoRoot, 'dist', file)).href);
  const pipeline = (await import(at('pipeline.js'))) as typeof import('../../src/pipeline.js');
  const sources = (await import(at('sources/parseArticleText.js'))) as typeof import('../../src/sources/parseArticleText.js');
  const nlp = (await import(at('nlp/nlp.js'))) as typeof import('../../src/nlp/nlp.js');
  return { extractArticle: pipeline.extractArticle, parseArticleText: sources.parseArticleText, getNlp: nlp.getNlp };
}
