import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticleText } from '../../../src/sources/parseArticleText.js';
import { buildArticleExtraction } from '../../../src/resolution/buildArticleExtraction.js';
import { named } from './helpers.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const seeds = path.resolve(repoRoot, '../shared/seeds');

describe.skipIf(!fs.existsSync(seeds))('sample articles (../shared/seeds)', () => {
  const files = fs.existsSync(seeds) ? fs.readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort() : [];
  const extractions = files.map((f) => {
    const source = path.join(seeds, f);
    return buildArticleExtraction(parseArticleText(fs.readFileSync(source, 'utf8'), source));
  });

  it('finds a MEET fact between Kim Jong Un and Vladimir Putin with exact evidence offsets', () => {
    let found = 0;
    for (const x of extractions) {
      const meet = named(x).filter((r) => r.predicate === 'MEET' && [r.s, r.o].sort().join('|') === 'Kim Jong Un|Vladimir Putin');
      for (const r of meet) {
        found++;
        expect(r.evidence.length).toBeGreaterThan(0);
        for (const ev of r.evidence) {
          expect(x.text.slice(ev.start, ev.end)).toBe(ev.sentence);
          expect(ev.sentence).toMatch(/\bmeet|met\b|talks|meeting/);
        }
      }
    }
    expect(found).toBeGreaterThanOrEqual(1);
  });

  it('keeps every evidence offset exact and every relation endpoint an entity of the article', () => {
    for (const x of extractions) {
      const ids = new Set(x.entities.map((e) => e.id));
      for (const r of x.relations) {
        expect(ids.has(r.subject) && ids.has(r.object)).toBe(true);
        for (const ev of r.evidence) expect(x.text.slice(ev.start, ev.end)).toBe(ev.sentence);
      }
    }
  });

  it('is deterministic', () => {
    const again = files.map((f) => {
      const source = path.join(seeds, f);
      return buildArticleExtraction(parseArticleText(fs.readFileSync(source, 'utf8'), source));
    });
    expect(again).toEqual(extractions);
  });
});
