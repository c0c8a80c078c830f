import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PREDICATES } from '../../../src/extraction/predicates.js';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('shows the two commands a newcomer runs', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toMatch(/^npm test\b/m);
  });

  it('documents every canonical predicate (regenerate with scripts/update-readme.mjs)', () => {
    const missing = PREDICATES.map((p) => p.predicate).filter((name) => !readme.includes(`| \`${name}\` |`));
    expect(missing).toEqual([]);
  });

  it('links the documents it refers to, and they exist', () => {
    for (const link of readme.matchAll(/\]\(((?:docs|schema|bench|cypher)[^)#]*)\)/g)) {
      expect(existsSync(link[1]!), link[1]).toBe(true);
    }
  });
});
