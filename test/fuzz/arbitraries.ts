/** fast-check arbitraries for hostile article text. */
import fc from 'fast-check';

/** Any UTF-16 code unit, lone surrogates and control characters included. */
export const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

/** Strings of arbitrary code units. */
export const rawString = (maxLength = 300): fc.Arbitrary<string> => fc.string({ unit: anyCodeUnit, maxLength });

const FRAGMENTS = [
  ' ', '\n', '\n\n', '\r\n', '\t', '\u0000', '\u001f', '\u007f', '\u2028', '\u200b', '\ufeff', '\ud800', '\udfff',
  '"', "'", '“', '”', '«', '»', '(', ')', '[', ']', '{', '}', '<', '>', '&', '&amp;', '&#0;', '&#x110000;',
  '<script>alert(1)</script>', '<!--', '-->', '<![CDATA[', ']]>', '<p>', '</div>', '# ', '**', '`', '\\', '|',
  'MATCH (n) DETACH DELETE n;', '`) RETURN 1 //', '{ __schema { types { name } } }', '=cmd|\' /C calc\'!A0', '@SUM(1)',
  '../../etc/passwd', 'C:\\Windows\\', '%00', 'Mr.', 'U.S.', 'Dr', '...', '.', ',', ';', ':', '?', '!', '—', '-',
  'Kofi Mensah', 'Acme Holdings', 'Ministry of Water', 'met', 'said', 'visited', 'signed', 'in', 'the', 'on', 'Monday',
  '2024-02-30', '1999-12-31', 'January 5, 2021', '12:00', '€5m', '42', '3.5%', '🙂', 'مرحبا', 'שלום', '\u202e', 'ﬁ',
];

/** Text assembled from news words, markup, quotes, brackets and control characters. */
export const newsishText = (maxPieces = 120): fc.Arbitrary<string> =>
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), rawString(8)), { maxLength: maxPieces }).map((parts) => parts.join(''));

/** Deep nesting of one opening/closing pair around some text. */
export const deepNesting: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(['(', ')'], ['[', ']'], ['{', '}'], ['"', '"'], ['“', '”'], ['<b>', '</b>'], ['<div>', ''], ["'", "'"], ['«', '»']),
    fc.integer({ min: 100, max: 3000 }),
    fc.constantFrom('Ana Lima met Tom Ruiz in Quito.', 'x', ''),
  )
  .map(([[open, close], depth, inner]) => `${open!.repeat(depth)}${inner}${close!.repeat(depth)}`);

/** One very long line (no newline), optionally of one repeated character. */
export const hugeLine: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('a', ' ', 'A', '.', 'Ab ', 'Ana Lima met Tom Ruiz. ', '"', '\u0301'), fc.integer({ min: 5_000, max: 12_000 }))
  .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)));

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: newsishText() },
  { weight: 2, arbitrary: rawString() },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: hugeLine },
);
