import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../../src/sources/parseArticleText.js';
import { readSources } from '../../../src/sources/readSources.js';

// `../shared/seeds` relative to the repository root (this file is test/unit/sources/)
const seedsDir = fileURLToPath(new URL('../../../../shared/seeds', import.meta.url));
const haveSeeds = existsSync(seedsDir);

describe.skipIf(!haveSeeds)('shared seed articles', () => {
  const files = haveSeeds ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort() : [];
  const parsed = files.map((f) => parseArticleText(readFileSync(path.join(seedsDir, f), 'utf8'), path.join(seedsDir, f)));

  it('parses every seed into non-empty cleaned text', () => {
    expect(parsed.length).toBeGreaterThanOrEqual(2);
    for (const a of parsed) expect(a.text.length).toBeGreaterThan(500);
  });

  it('finds a headline title in one seed and a date marker in another', () => {
    const titled = parsed.filter((a) => a.title !== null);
    expect(titled.length).toBeGreaterThanOrEqual(1);
    for (const a of titled) {
      expect(a.text.startsWith(a.title ?? '')).toBe(false);
      expect(a.title?.endsWith('.')).toBe(false);
    }
    const dated = parsed.filter((a) => a.publishedAt === '2023-09-13');
    expect(dated.length).toBeGreaterThanOrEqual(1);
    for (const a of dated) expect(a.text).not.toMatch(/^\s*date\s/i);
  });

  it('drops cross-promotion and embedded-post lines', () => {
    for (const a of parsed) {
      expect(a.text).not.toMatch(/Read more:/i);
      expect(a.text).not.toMatch(/\(@\w+\)/);
      expect(a.text).not.toMatch(/t\.co\//);
      expect(a.text).not.toMatch(/\n{3,}/);
    }
  });

  it('reads the seed directory through readSources with the same result', async () => {
    const results = [];
    for await (const r of readSources([seedsDir])) results.push(r);
    expect(results.map((r) => r.ok)).toEqual(files.map(() => true));
    const texts = results.map((r) => (r.ok ? r.article.text : ''));
    expect(texts).toEqual(parsed.map((a) => a.text));
  });
});
