import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NewsgraphError } from '../../../src/errors.js';
import { htmlToText } from '../../../src/sources/htmlToText.js';
import { parseArticleText } from '../../../src/sources/parseArticleText.js';

/** Strings built from fragments that exercise the cleaning rules, mixed with arbitrary text. */
const fragment = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '<', '>', '</', '<!--', '-->', '<![CDATA[', ']]>', '<script>', '</script>', '<p>', '</p>', '<h1>', '</h1>', '<title>',
    '<meta property="og:title" content="', '<time datetime="2024-02-29">', '"', "'", '=', '&', '&#', '&#x', ';', '&amp;', '&#xD800;',
    '#', '# ', '*', '**', '_', '__', '`', '```', '[', '](', ')', '![', '> ', '- ', '---\n', '\\', '|', '~~',
    '\n', '\r\n', '\r', '\n\n', '\uFEFF', '\u0000', '\uD800', '\uDC00', '\u00A0', 'e\u0301',
    'date 2023-09-13 ', 'date 2023-02-30', 'Read more: ', 'pic.twitter.com/x', 'https://t.co/abc', '— Name (@handle) May 1, 2024',
    'Headline words here', 'A sentence.',
  ),
);
const input = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

function returnsOrThrowsNewsgraphError(run: () => unknown): void {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(NewsgraphError);
  }
}

describe('fuzz: cleaning never fails unexpectedly', () => {
  it('parseArticleText returns an article with cleaned text or throws a NewsgraphError', () => {
    fc.assert(
      fc.property(input, fc.constantFrom('x.txt', 'x.md'), (raw, source) => {
        returnsOrThrowsNewsgraphError(() => {
          const a = parseArticleText(raw, source);
          expect(a.text.trim().length).toBeGreaterThan(0);
          expect(a.text).toBe(a.text.normalize('NFC'));
          expect(a.text).not.toMatch(/\r|\n{3,}|\uFEFF/);
          expect(a.id).toMatch(/^a-[0-9a-f]{16}$/);
          expect(a.publishedAt === null || /^\d{4}-\d{2}-\d{2}$/.test(a.publishedAt)).toBe(true);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('htmlToText never throws and returns normalised paragraphs', () => {
    fc.assert(
      fc.property(input, (html) => {
        const r = htmlToText(html);
        expect(typeof r.text).toBe('string');
        expect(r.text).not.toMatch(/\n{3,}|^\s|\s$/);
        expect(r.title === null || r.title.trim().length > 0).toBe(true);
        expect(r.publishedAt === null || /^\d{4}-\d{2}-\d{2}$/.test(r.publishedAt)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  // A hang guard, not a speed target (bench/ measures speed): catastrophic backtracking on these
  // inputs would run for minutes, far past the test's timeout.
  it('finishes on adversarial repetitions', { timeout: 20_000 }, () => {
    const nasty = ['<a<a<a'.repeat(20000), '<p title="'.repeat(20000), '&'.repeat(100000), '[x]('.repeat(20000), '*a'.repeat(50000), '<!--'.repeat(20000), '![x]('.repeat(20000), '**a *'.repeat(20000), `${'word '.repeat(12)}\n`.repeat(8000)];
    for (const s of nasty) {
      expect(typeof htmlToText(s).text).toBe('string');
      returnsOrThrowsNewsgraphError(() => parseArticleText(s, 'x.md'));
      returnsOrThrowsNewsgraphError(() => parseArticleText(s, 'x.txt'));
    }
  });
});
