/**
 * Calendar-date helpers for article metadata. Pure.
 */

const ISO_DATE_OR_DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** True when year/month/day name a real day of the proleptic Gregorian calendar. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/**
 * Normalises an ISO 8601 date or date-time (`2023-09-13`, `2023-09-13T08:30:00Z`,
 * `2023-09-13 08:30+09:00`) to `YYYY-MM-DD` — the calendar date as written, without
 * shifting time zones. Returns null when the value is not a valid ISO date.
 */
export function normalizeIsoDate(value: string): string | null {
  const m = ISO_DATE_OR_DATETIME.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isCalendarDate(year, month, day)) return null;
  if (m[4] !== undefined) {
    const hour = Number(m[4]);
    const minute = Number(m[5]);
    const second = m[6] === undefined ? 0 : Number(m[6]);
    if (hour > 24 || minute > 59 || second > 60) return null;
  }
  return `${m[1]}-${m[2]}-${m[3]}`;
}
