/** Prepositions that never qualify a verb: an of-phrase belongs to a noun phrase, than to a comparison. */
const NON_QUALIFIER_ROLES: ReadonlySet<string> = new Set(['of', 'than']);
const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Qualifier hygiene: a `date` is an ISO date (YYYY-MM-DD, YYYY-MM or YYYY) or is dropped; roles
 * that cannot qualify a verb (of, than) are dropped, and so are bare quantities ("71 percent")
 * outside `date`.
 */
export function cleanQualifiers(q: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(q)) {
    if (NON_QUALIFIER_ROLES.has(k)) continue;
    if (k === 'date') {
      if (ISO_DATE.test(v)) out[k] = v;
      continue;
    }
    if (k !== 'attributedTo' && /^[\d.,]+(?:\s|$)|^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?)\s/i.test(v)) continue;
    out[k] = v;
  }
  return out;
}
