import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const corpusDir = fileURLToPath(new URL('../../../corpus/', import.meta.url));
const files = readdirSync(corpusDir).filter((n) => n.endsWith('.txt')).sort();
const bodies = new Map(files.map((f) => [f, readFileSync(path.join(corpusDir, f), 'utf8')] as const));

/** Runs of two or more capitalised words (a rough proxy for multi-word names). */
function nameRuns(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b/g)) out.add(m[0]);
  return out;
}

describe('demo corpus', () => {
  it('has at least 14 articles in the headline / date / blank line / body format', () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
    for (const [file, text] of bodies) {
      expect(file).toMatch(/^\d{2}-[a-z0-9-]+\.txt$/);
      const lines = text.split('\n');
      expect(lines[0]?.trim().length, file).toBeGreaterThan(10);
      expect(lines[1], file).toMatch(/^date \d{4}-\d{2}-\d{2}$/);
      expect(lines[2], file).toBe('');
      const words = lines.slice(3).join(' ').split(/\s+/).filter(Boolean).length;
      expect(words, file).toBeGreaterThanOrEqual(150);
      expect(words, file).toBeLessThanOrEqual(350);
    }
  });

  it('lets names recur across articles so that multi-hop paths exist', () => {
    const filesPerName = new Map<string, number>();
    for (const text of bodies.values()) {
      for (const name of nameRuns(text)) filesPerName.set(name, (filesPerName.get(name) ?? 0) + 1);
    }
    const recurring = [...filesPerName].filter(([, n]) => n >= 3);
    expect(recurring.length).toBeGreaterThanOrEqual(5);
    // Articles linked by a shared multi-word name form one connected component.
    const names = [...bodies.values()].map(nameRuns);
    const seen = new Set<number>([0]);
    const queue = [0];
    while (queue.length > 0) {
      const i = queue.shift() as number;
      names.forEach((other, j) => {
        if (!seen.has(j) && [...(names[i] ?? [])].some((n) => other.has(n))) {
          seen.add(j);
          queue.push(j);
        }
      });
    }
    expect(seen.size).toBe(files.length);
  });
});
