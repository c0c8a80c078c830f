/** What the nominal-fact readers share: the sentence being read and small cluster tests. */
import { pushFact, type RelationContext } from './RelationContext.js';

export interface NominalSite {
  readonly ctx: RelationContext;
  /** Last token of the sentence span. */
  readonly last: number;
  readonly sentence: number;
}

/** A real place: a country, city, region or facility (not a common-noun thing). */
export function placeLike(ctx: RelationContext, c: number): boolean {
  const cl = ctx.clusters[c];
  return !!cl && !cl.isThing && ['GPE', 'LOCATION', 'FACILITY'].includes(cl.type);
}

export function isCountry(ctx: RelationContext, c: number): boolean {
  const cl = ctx.clusters[c];
  return cl?.country !== undefined && cl.country === cl.name;
}

/** An asserted fact between two different, known clusters (silently nothing otherwise). */
export function pushLinked(site: NominalSite, s: number, o: number, predicate: string, verb: string, conf: number): void {
  if (s < 0 || o < 0 || s === o) return;
  pushFact(site.ctx, s, o, predicate, verb, conf, site.sentence);
}
