/**
 * Where a person lives, was born or died, carried one step up a place named in the same
 * sentence: "Marie Ferraro, of Bethany, Conn." gives Ferraro LIVES_IN Bethany and Bethany
 * LOCATED_IN Connecticut, so Ferraro LIVES_IN Connecticut as well.
 */
import type { RawRelation } from '../extraction/frames/RawRelation.js';

const PERSONAL_PLACES: ReadonlySet<string> = new Set(['LIVES_IN', 'BORN_IN', 'DIED_IN']);

/** The facts a sentence's place chains add (one step; none the facts already state). */
export function placeChains(facts: readonly RawRelation[]): RawRelation[] {
  const within = new Map<string, RawRelation[]>();
  for (const f of facts) {
    if (f.predicate !== 'LOCATED_IN' || f.negated || !('cluster' in f.subject) || !('cluster' in f.object)) continue;
    const key = `${f.sentence}:${f.subject.cluster}`;
    within.set(key, [...(within.get(key) ?? []), f]);
  }
  const stated = new Set(facts.map((f) => JSON.stringify([f.subject, f.predicate, f.object])));
  const out: RawRelation[] = [];
  for (const f of facts) {
    if (!PERSONAL_PLACES.has(f.predicate) || f.negated || !('cluster' in f.object)) continue;
    for (const up of within.get(`${f.sentence}:${f.object.cluster}`) ?? []) {
      const key = JSON.stringify([f.subject, f.predicate, up.object]);
      if (stated.has(key)) continue;
      stated.add(key);
      out.push({ ...f, object: up.object, qualifiers: { ...f.qualifiers }, confidence: Math.min(f.confidence, up.confidence) });
    }
  }
  return out;
}
