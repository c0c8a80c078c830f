/**
 * Fuzzing of sources and extraction: on arbitrary strings, bytes, huge lines, deep nesting,
 * control characters and invalid UTF-8, nothing but a NewsgraphError is ever thrown, and
 * whatever comes out keeps its invariants (cleaned text, evidence offsets into it).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { NewsgraphError } from '../../src/errors.js';
import type { Article, ArticleExtraction } from '../../src/model/types.js';
import { extractArticle } from '../../src/pipeline.js';
import { toArticleGraph } from '../../src/resolution/toArticleGraph.js';
import { decodeUtf8 } from '../../src/sources/decodeUtf8.js';
import { htmlToText } from '../../src/sources/htmlToText.js';
import { ndjsonLineToArticle } from '../../src/sources/ndjsonLine.js';
import { parseArticleText } from '../../src/sources/parseArticleText.js';
import { readSources } from '../../src/sources/readSources.js';
import { deepNesting, hostileText, hugeLine, newsishText, rawString } from './arbitraries.js';

const RUNS = 50;

/** Runs `fn`; a thrown value must be a NewsgraphError (returned), anything else fails the property. */
function onlyNewsgraphErrors<T>(fn: () => T): { value: T } | { error: NewsgraphError } {
  try {
    return { value: fn() };
  } catch (error) {
    if (error instanceof NewsgraphError) return { error };
    throw new Error(`expected only NewsgraphError, found ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`, { cause: error });
  }
}

function checkArticle(article: Article, source: string): void {
  expect(article.source).toBe(source);
  expect(typeof article.id).toBe('string');
  expect(article.id.length).toBeGreaterThan(0);
  expect(article.text.trim().length).toBeGreaterThan(0);
  if (article.publishedAt !== null) expect(article.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
}

function checkExtraction(x: ArticleExtraction, article: Article): void {
  expect(x.id).toBe(article.id);
  const ids = new Set(x.entities.map((e) => e.id));
  for (const e of x.entities) {
    expect(e.name.trim().length).toBeGreaterThan(0);
    expect(e.mentions).toBeGreaterThan(0);
  }
  for (const r of x.relations) {
    expect(ids.has(r.subject) && ids.has(r.object)).toBe(true);
    expect(r.predicate).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    for (const ev of r.evidence) {
      expect(ev.start).toBeGreaterThanOrEqual(0);
      expect(ev.end).toBeLessThanOrEqual(x.text.length);
      expect(x.text.slice(ev.start, ev.end)).toBe(ev.sentence);
    }
  }
}

describe('fuzz: sources and extraction throw only NewsgraphError', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-fuzz-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('parseArticleText → extractArticle → toArticleGraph on hostile text', () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom('a.txt', 'b.md'), (raw, source) => {
        const parsed = onlyNewsgraphErrors(() => parseArticleText(raw, source));
        if ('error' in parsed) {
          expect(parsed.error.code).toMatch(/^(EMPTY_INPUT|BAD_INPUT)$/);
          return;
        }
        checkArticle(parsed.value, source);
        const extracted = onlyNewsgraphErrors(() => extractArticle(parsed.value));
        if ('error' in extracted) return;
        checkExtraction(extracted.value, parsed.value);
        const graph = onlyNewsgraphErrors(() => toArticleGraph(extracted.value));
        if ('value' in graph) expect(graph.value.article.id).toBe(parsed.value.id);
      }),
      { numRuns: RUNS },
    );
  });

  it('htmlToText never throws and drops script content', () => {
    fc.assert(
      fc.property(fc.oneof(newsishText(), rawString(), deepNesting), fc.string({ maxLength: 20 }), (html, marker) => {
        const secret = `zq${marker.replace(/[<>&]/g, '')}SCRIPTBODY`;
        // The script comes first: text before it could legitimately open a comment or bogus comment around it.
        const page = htmlToText(`<p>Intro.</p><script>var s="${secret}";</script>${html}`);
        expect(typeof page.text).toBe('string');
        expect(page.text.includes('SCRIPTBODY')).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('ndjsonLineToArticle on arbitrary lines and JSON values', () => {
    const jsonish = fc.oneof(
      rawString(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.record({ text: hostileText, id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), title: fc.oneof(rawString(40), fc.constant(null)), publishedAt: fc.oneof(rawString(20), fc.constant('2024-01-02')), source: rawString(20) }, { requiredKeys: ['text'] }).map((o) => JSON.stringify(o)),
    );
    fc.assert(
      fc.property(jsonish, (lineText) => {
        const r = onlyNewsgraphErrors(() => ndjsonLineToArticle(lineText, 'in.ndjson', 3));
        if ('error' in r) {
          expect(r.error.code).toMatch(/^(INVALID_NDJSON|EMPTY_INPUT|BAD_INPUT)$/);
          expect(r.error.message).toMatch(/^in\.ndjson: line 3: /);
          expect(r.error.details.line).toBe(3);
        } else {
          expect(r.value.text.trim().length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('decodeUtf8 on arbitrary bytes: valid UTF-8 round-trips, anything else is a typed error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), rawString().map((s) => new Uint8Array(Buffer.from(s, 'utf8')))), (bytes) => {
        const r = onlyNewsgraphErrors(() => decodeUtf8(bytes, 'x.txt'));
        if ('error' in r) expect(r.error.code).toMatch(/^(INVALID_ENCODING|BINARY_INPUT)$/);
        else expect(Buffer.from(r.value, 'utf8').equals(Buffer.from(bytes)) || r.value.startsWith('\ufeff') === false).toBe(true);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('readSources on files of arbitrary bytes yields results, never throws', async () => {
    const content = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      hostileText.map((s) => new Uint8Array(Buffer.from(s, 'utf8'))),
      hugeLine.map((s) => new Uint8Array(Buffer.from(`{"text":"${s.replace(/["\\]/g, '')}"}\n`, 'utf8'))),
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(content, fc.constantFrom('.txt', '.md', '.html', '.ndjson'), async (bytes, ext) => {
        const file = path.join(tmp, `f${n++}${ext}`);
        writeFileSync(file, bytes);
        let results = 0;
        for await (const r of readSources([file], { maxBytes: 50_000 })) {
          results++;
          if (r.ok) checkArticle(r.article, ext === '.ndjson' ? r.article.source : file);
          else {
            expect(r.error).toBeInstanceOf(NewsgraphError);
            expect(String(r.error.details.source ?? '')).toContain(file);
          }
        }
        expect(results).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });

  it('an over-long NDJSON line is INPUT_TOO_LARGE and the next line is still read', async () => {
    const file = path.join(tmp, 'long.ndjson');
    writeFileSync(file, `{"text":"${'a '.repeat(40_000)}"}\n{"text":"Ana Lima met Tom Ruiz in Quito."}\n`);
    const results = [];
    for await (const r of readSources([file], { maxBytes: 10_000 })) results.push(r);
    expect(results).toHaveLength(2);
    expect(results[0]!.ok ? null : results[0]!.error.code).toBe('INPUT_TOO_LARGE');
    expect(results[1]!.ok ? results[1]!.article.text : null).toBe('Ana Lima met Tom Ruiz in Quito.');
  });
});
