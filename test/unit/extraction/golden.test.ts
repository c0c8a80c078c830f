import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildArticleExtraction } from '../../../src/resolution/buildArticleExtraction.js';
import { named } from './helpers.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/extraction');

interface Expected {
  publishedAt: string;
  entities: Array<{ name: string; type: string; aliases?: string[] }>;
  relations: Array<{ subject: string; predicate: string; object: string; qualifiers?: Record<string, string> }>;
}

describe('golden fixtures', () => {
  const cases = fs.readdirSync(fixtures).filter((f) => f.endsWith('.txt'));
  it('has at least one fixture', () => expect(cases.length).toBeGreaterThan(0));
  for (const file of cases) {
    it(`extracts the expected entities and triples from ${file}`, () => {
      const text = fs.readFileSync(path.join(fixtures, file), 'utf8');
      const expected = JSON.parse(fs.readFileSync(path.join(fixtures, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
      const x = buildArticleExtraction({ id: file, source: file, title: null, publishedAt: expected.publishedAt, text });
      for (const e of expected.entities) {
        const got = x.entities.find((g) => g.name === e.name);
        expect(got, `entity ${e.name}`).toBeDefined();
        expect(got!.type).toBe(e.type);
        for (const a of e.aliases ?? []) expect(got!.aliases).toContain(a);
      }
      const got = named(x);
      const gotTriples = got.map((r) => `${r.s} ${r.predicate} ${r.o}`).sort();
      const wantTriples = expected.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`).sort();
      expect(gotTriples).toEqual(wantTriples);
      for (const r of expected.relations) {
        const g = got.find((q) => q.s === r.subject && q.predicate === r.predicate && q.o === r.object)!;
        expect(g.qualifiers).toMatchObject(r.qualifiers ?? {});
        for (const ev of g.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
      }
    });
  }
});
