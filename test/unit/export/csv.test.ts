import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARRAY_DELIMITER, csvField, csvRow, parseCsv } from '../../../src/export/csv.js';

describe('csv', () => {
  it('quotes strings, doubles quotes, leaves numbers and booleans bare', () => {
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField(0.5)).toBe('0.5');
    expect(csvField(false)).toBe('false');
    expect(csvField(null)).toBe('');
    expect(csvField(['x', 'y'])).toBe(`"x${ARRAY_DELIMITER}y"`);
  });

  it('round-trips any strings, including quotes, commas, newlines and Unicode', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((r) => csvRow(r)).join('');
        expect(parseCsv(text)).toEqual(rows);
      }),
      { numRuns: 200 },
    );
    const tricky = ['He said "no", then\nleft', '<&>', '=SUM(A1)', 'Пхеньян 평양 🚀', ''];
    expect(parseCsv(csvRow(tricky))).toEqual([tricky]);
  });
});
