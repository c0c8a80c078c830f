/** Nouns whose singular and plural are spelled alike. */
const INVARIANT = new Set(['series', 'species', 'news', 'means', 'headquarters', 'miniseries']);

/** A plural noun's singular by spelling ("companies" → "company"); other words unchanged. */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (INVARIANT.has(w)) return w;
  if (/ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(w)) return w;
  if (/(ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}
