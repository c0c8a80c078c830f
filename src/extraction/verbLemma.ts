/**
 * wink-nlp lemmatises by its own tag, so a verb it tagged as a noun or adjective keeps its
 * inflection ("beating", "signed"). Where the parser's tagger says VERB and wink's lemma is the
 * inflected form, the regular de-inflections are tried and the one the predicate lexicon knows
 * as a trigger wins ("beating" → beat, "signed" → sign, "merging" → merge).
 */
import type { PredicateLexicon } from './lexicon/PredicateLexicon.js';

function candidates(w: string): string[] {
  const out: string[] = [];
  const strip = (suffix: string): string | null => (w.endsWith(suffix) && w.length > suffix.length + 2 ? w.slice(0, -suffix.length) : null);
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    const stem = strip(suffix);
    if (stem === null) continue;
    out.push(stem, `${stem}e`);
    if (/([bcdfgklmnprstvz])\1$/.test(stem)) out.push(stem.slice(0, -1));
    if (suffix === 'ed' && stem.endsWith('i')) out.push(`${stem.slice(0, -1)}y`);
    if (suffix === 'es' && stem.endsWith('i')) out.push(`${stem.slice(0, -1)}y`);
  }
  return out;
}

export function verbLemma(lower: string, winkLemma: string, xpos: string, lexicon: PredicateLexicon): string {
  if (winkLemma !== lower || !/^VB[DGNZ]$/.test(xpos)) return winkLemma;
  return candidates(lower).find((c) => lexicon.hasTrigger(c, 'VERB')) ?? winkLemma;
}
