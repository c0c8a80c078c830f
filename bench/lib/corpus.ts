/** The demo corpus (and the shared seeds, when present) as cleaned articles. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/model/types.js';
import { readSources } from '../../src/sources/readSources.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const corpusPath = path.join(repoRoot, 'corpus');
export const seedsPath = path.join(repoRoot, '..', 'shared', 'seeds');

/** Input paths: the demo corpus, plus the seeds folder when `withSeeds` and present. */
export function benchInputs(withSeeds: boolean): string[] {
  return withSeeds && fs.existsSync(seedsPath) ? [corpusPath, seedsPath] : [corpusPath];
}

export async function loadArticles(inputs: string[]): Promise<Article[]> {
  const out: Article[] = [];
  for await (const r of readSources(inputs)) if (r.ok) out.push(r.article);
  return out;
}
