import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/nlp/nlp.js';
import { matchDate, resolveWeekday } from '../../../src/extraction/dates.js';

function dateIn(text: string, publishedAt: string | null): string | null {
  const doc = analyzeText(text);
  for (let i = 0; i < doc.tokens.length; i++) {
    const d = matchDate(doc.tokens, i, doc.tokens.length - 1, publishedAt);
    if (d) return d.value;
  }
  return null;
}

describe('dates', () => {
  it('resolves weekdays to the latest such day on or before publication', () => {
    expect(resolveWeekday(3, '2024-05-11')).toBe('2024-05-08'); // Saturday → Wednesday before
    expect(resolveWeekday(6, '2024-05-11')).toBe('2024-05-11');
    expect(resolveWeekday(1, '2024-05-11', true)).toBe('2024-05-13');
  });

  it('reads relative and absolute phrases', () => {
    expect(dateIn('It happened earlier on Monday.', '2024-05-11')).toBe('2024-05-06');
    expect(dateIn('The talks ended on Sept 13.', '2023-09-20')).toBe('2023-09-13');
    expect(dateIn('It opened on August 30, 2021.', '2024-01-01')).toBe('2021-08-30');
    expect(dateIn('Sales fell last year.', '2024-05-11')).toBe('2023');
    expect(dateIn('It was founded in 1986.', null)).toBe('1986');
  });

  it('keeps the phrase when there is no publication date', () => {
    expect(dateIn('They met on Friday.', null)).toBe('Friday');
  });

  it('does not read the modal "may" as a month', () => {
    expect(dateIn('Prices may rise.', '2024-05-11')).toBeNull();
  });
});
