/**
 * Leading `date YYYY-MM-DD` markers (also `Date: …`, `Published …`, with an optional time)
 * that some feeds glue to the start of an article. Pure.
 */
import { normalizeIsoDate } from './dates.js';

const MARKER =
  /^(?:date|dated|published(?: on)?|publication date)\s*[:\-–—]?\s*(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)(?=$|[\s.,;:|–—-])[\s.,;:|–—-]*/iu;

export interface DateMarker {
  /** `YYYY-MM-DD`, or null when the marker names no real calendar day. */
  date: string | null;
  /** What follows the marker on the same line (may be empty). */
  rest: string;
}

/** Parses a marker at the very start of `line`; null when there is none. */
export function readDateMarker(line: string): DateMarker | null {
  const m = MARKER.exec(line);
  if (!m || m[1] === undefined) return null;
  return { date: normalizeIsoDate(m[1]), rest: line.slice(m[0].length).trim() };
}
