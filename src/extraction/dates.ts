/**
 * Date phrases in token streams ("on Wednesday", "earlier on Monday", "Sept 13", "August 30,
 * 2023", "this year", "in 2019") resolved against the publication date into ISO strings.
 */
import type { Token } from '../nlp/nlp.js';
import { MONTHS, WEEKDAYS } from './lexicon.js';

export interface DateMatch {
  /** Token range [start, end). */
  start: number;
  end: number;
  /** ISO date (YYYY-MM-DD), month (YYYY-MM) or year (YYYY); the raw phrase when it cannot be resolved. */
  value: string;
}

const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
const RELATIVE_DAYS = new Set(['today', 'yesterday', 'tomorrow', 'tonight']);
const LEADING = new Set(['early', 'late', 'earlier', 'later', 'last', 'this', 'next', 'on', 'since', 'by', 'until', 'before', 'after']);

function parseIso(date: string | null): Date | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const d = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Resolves a weekday against the publication date: the latest such day on or before it, or —
 * when `future` — the earliest on or after it.
 */
export function resolveWeekday(weekday: number, publishedAt: string | null, future = false): string | null {
  const base = parseIso(publishedAt);
  if (!base) return null;
  const diff = future ? (weekday - base.getUTCDay() + 7) % 7 : -((base.getUTCDay() - weekday + 7) % 7);
  return iso(new Date(base.getTime() + diff * 86_400_000));
}

/** Matches a date phrase starting at token `i` (within `last`, inclusive). */
export function matchDate(tokens: readonly Token[], i: number, last: number, publishedAt: string | null, future = false): DateMatch | null {
  const t = tokens[i];
  if (!t) return null;
  // "early Wednesday", "last year", "this month"
  const lead = LEADING.has(t.lower) ? t.lower : null;
  // Most tokens start no date phrase: nothing below matches without one of these.
  if (lead === null && t.pos !== 'NUM' && !WEEKDAYS.has(t.lower) && !MONTHS.has(t.lower) && !RELATIVE_DAYS.has(t.lower)) return null;
  const year = publishedAt ? Number(publishedAt.slice(0, 4)) : null;
  let start = i;
  let j = i;
  if (lead && j + 1 <= last) j++;
  const w = tokens[j]!;
  if (WEEKDAYS.has(w.lower)) {
    let end = j + 1;
    if (end <= last && DAY_PARTS.has(tokens[end]!.lower)) end++;
    const useFuture = future || lead === 'next';
    const resolved = resolveWeekday(WEEKDAYS.get(w.lower)!, publishedAt, useFuture);
    return { start: lead === 'on' || lead === null || lead === 'early' || lead === 'late' || lead === 'earlier' || lead === 'later' || lead === 'last' || lead === 'this' || lead === 'next' ? start : j, end, value: resolved ?? w.text };
  }
  if (lead && ['last', 'this', 'next'].includes(lead) && ['year', 'month', 'week'].includes(w.lower)) {
    if (year === null) return { start, end: j + 1, value: `${t.text} ${w.text}` };
    if (w.lower === 'year') return { start, end: j + 1, value: String(year + (lead === 'last' ? -1 : lead === 'next' ? 1 : 0)) };
    if (w.lower === 'month') {
      const m = Number(publishedAt!.slice(5, 7)) + (lead === 'last' ? -1 : lead === 'next' ? 1 : 0);
      const y = m < 1 ? year - 1 : m > 12 ? year + 1 : year;
      const mm = ((m + 11) % 12) + 1;
      return { start, end: j + 1, value: `${y}-${pad(mm)}` };
    }
    return { start, end: j + 1, value: `${t.text} ${w.text}` };
  }
  if (RELATIVE_DAYS.has(w.lower)) {
    const base = parseIso(publishedAt);
    const shift = w.lower === 'yesterday' ? -1 : w.lower === 'tomorrow' ? 1 : 0;
    return { start, end: j + 1, value: base ? iso(new Date(base.getTime() + shift * 86_400_000)) : w.text };
  }
  // "Sept 13", "August 30, 2023", "September 2023"
  if (MONTHS.has(w.lower) && /^[A-Z]/.test(w.text)) {
    const month = MONTHS.get(w.lower)!;
    let end = j + 1;
    let day: number | null = null;
    let y: number | null = null;
    const next = tokens[end];
    if (next && end <= last && /^\d{1,2}(st|nd|rd|th)?$/.test(next.text)) {
      day = Number.parseInt(next.text, 10);
      end++;
      if (end + 1 <= last && tokens[end]!.text === ',' && /^\d{4}$/.test(tokens[end + 1]!.text)) {
        y = Number(tokens[end + 1]!.text);
        end += 2;
      }
    } else if (next && end <= last && /^\d{4}$/.test(next.text)) {
      y = Number(next.text);
      end++;
    }
    if (day === null && y === null && w.lower === 'may') return null; // the modal verb
    if (day === null && y === null && (w.text.endsWith('.') || w.lower.length <= 3) && !lead) return null;
    const yy = y ?? year;
    const value = yy === null ? tokens.slice(j, end).map((x) => x.text).join(' ') : day === null ? `${yy}-${pad(month)}` : `${yy}-${pad(month)}-${pad(day)}`;
    return { start: lead ? start : j, end, value };
  }
  // "in 2019", "since 1986"
  if (/^(1[89]|20)\d{2}$/.test(w.text) && w.pos === 'NUM' && lead !== null) {
    return { start: j, end: j + 1, value: w.text };
  }
  if (/^(1[89]|20)\d{2}$/.test(t.text) && t.pos === 'NUM' && i > 0 && ['in', 'since', 'by', 'until', 'from'].includes(tokens[i - 1]!.lower)) {
    return { start: i, end: i + 1, value: t.text };
  }
  void start;
  return null;
}
