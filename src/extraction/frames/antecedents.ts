/**
 * Who a phrase points back to: the last person before a token, a possessive pronoun's owner,
 * the organisation or country in view. Searches look back a bounded distance, so long texts stay
 * linear; article-level answers are memoised in the context.
 */
import { countBelow } from '../countBelow.js';
import { clusterOf, typeOf, type RelationContext } from './RelationContext.js';

/** How far back (tokens) antecedent searches look: bounded, so long texts stay linear. */
const LOOKBACK_TOKENS = 2000;

/** The last person named before token `pos` and not excluded, or -1. */
export function lastPersonBefore(ctx: RelationContext, pos: number, exclude: Pick<ReadonlySet<number>, 'has'>): number {
  const { argAt, mentions, work } = ctx;
  for (let i = pos - 1; i >= 0 && pos - i <= LOOKBACK_TOKENS; i--) {
    work.units++;
    const mi = argAt[i]!;
    if (mi < 0) continue;
    const c = clusterOf(ctx, mi);
    if (c >= 0 && typeOf(ctx, c) === 'PERSON' && !exclude.has(c)) return c;
    i = mentions[mi]!.start;
  }
  return -1;
}

/** The person a possessive "his"/"her" stands for (remembered once found), or -1. */
export function resolvePossessive(ctx: RelationContext, mi: number): number {
  const { resolvedPronoun } = ctx;
  if (resolvedPronoun.has(mi)) return resolvedPronoun.get(mi)!;
  const m = ctx.mentions[mi]!;
  let c = -1;
  if (['his', 'her'].includes(m.pronoun ?? '')) c = lastPersonBefore(ctx, m.start, new Set());
  if (c >= 0) resolvedPronoun.set(mi, c);
  return c;
}

/** The latest organisation mentioned before token `pos` (its head word preferred), or -1. */
export function recentOrganisation(ctx: RelationContext, pos: number, head: string | null): number {
  const { argAt, mentions, entityOf, clusters, work } = ctx;
  let fallback = -1;
  let weak = -1;
  for (let i = pos - 1; i >= 0 && pos - i <= LOOKBACK_TOKENS; i--) {
    work.units++;
    const mi = argAt[i]!;
    if (mi < 0) continue;
    const m = mentions[mi]!;
    i = m.start;
    const c = m.kind === 'pronoun' ? -1 : entityOf[mi] ?? -1;
    if (c < 0 || clusters[c]!.type !== 'ORGANIZATION' || clusters[c]!.isThing) continue;
    // A weakly typed name ("Punjab" read as an organisation) yields to a strongly typed one nearby.
    if (weak >= 0 && pos - i >= 40) return weak;
    if (head === null && clusters[c]!.strength < 2 && pos - i < 40) {
      if (weak < 0) weak = c;
      continue;
    }
    if (head === null || clusters[c]!.name.toLowerCase().split(/[\s-]+/).some((w) => w === head || w.replace(/['’]s$/, '') === head)) return c;
    if (fallback < 0) fallback = c;
  }
  return fallback >= 0 ? fallback : weak;
}

/**
 * The organisation an owner-less corporate title belongs to ("Dubois is the chief executive"):
 * the one named most often before `pos`, the latest of those on a tie; -1 if none.
 */
export function storyOrganisation(ctx: RelationContext, pos: number): number {
  const { clusters, mentions, work, memo } = ctx;
  const latest = recentOrganisation(ctx, pos, null);
  if (latest < 0) return -1;
  // Mention starts per organisation, computed once (binary search per call keeps this linear-ish).
  memo.orgStarts ??= clusters
    .filter((cl) => cl.type === 'ORGANIZATION' && !cl.isThing && cl.mentions.length >= 2)
    .map((cl) => ({ id: cl.id, starts: cl.mentions.filter((mi) => mentions[mi]!.kind !== 'pronoun').map((mi) => mentions[mi]!.start).sort((a, b) => a - b) }));
  const orgStarts = memo.orgStarts;
  let best = latest;
  const own = orgStarts.find((o) => o.id === latest);
  let bestN = own ? countBelow(own.starts, pos) : clusters[latest]!.mentions.filter((mi) => mentions[mi]!.start < pos && mentions[mi]!.kind !== 'pronoun').length;
  for (const { id, starts } of orgStarts) {
    work.units++;
    const n = id === latest ? 0 : countBelow(starts, pos);
    if (n > bestN) {
      best = id;
      bestN = n;
    }
  }
  return best;
}

/** The country the article is about: the most mentioned one (demonyms included), earliest on a tie; -1 if none. */
export function mainCountry(ctx: RelationContext): number {
  const { clusters, mentions, memo } = ctx;
  if (memo.mainCountry !== undefined) return memo.mainCountry;
  const counts = new Map<number, number>();
  const countryCluster = new Map<string, number>();
  for (const cl of clusters) {
    if (cl.country === undefined || cl.country !== cl.name || cl.mentions.length === 0) continue;
    countryCluster.set(cl.country, cl.id);
    counts.set(cl.id, cl.mentions.length + cl.mentions.filter((mi) => mentions[mi]!.modifier).length);
  }
  // A capital's mentions count for its country ("… said in Accra").
  for (const cl of clusters) {
    if (cl.country === undefined || cl.country === cl.name || cl.mentions.length === 0) continue;
    const k = countryCluster.get(cl.country);
    if (k !== undefined) counts.set(k, counts.get(k)! + cl.mentions.length);
  }
  // The headline names the story's country ("India extends ban on rice exports"): it counts twice.
  const headline = ` ${(ctx.options.title ?? '').replace(/[^\p{L}\p{N}'-]+/gu, ' ')} `;
  for (const [c, n] of counts) {
    if ([...clusters[c]!.forms.keys()].some((f) => headline.includes(` ${f} `))) counts.set(c, n + 2);
  }
  let best = -1;
  for (const [c, n] of counts) if (best < 0 || n > counts.get(best)!) best = c;
  // Only a clearly dominant country (twice as many mentions as any other) counts.
  const bestN = best >= 0 ? counts.get(best)! : 0;
  const dominant = [...counts].every(([c, n]) => c === best || n < bestN);
  memo.mainCountry = dominant ? best : -1;
  return memo.mainCountry;
}
