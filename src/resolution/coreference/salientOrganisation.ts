import { countBelow } from '../../extraction/countBelow.js';
import { fullestFormTokens } from './clusterForms.js';
import { lastBefore, type CorefContext } from './CorefContext.js';
import type { EntityCluster } from './EntityCluster.js';
import { nameTokens } from './nameKey.js';

/** Organisations are re-mentioned by their first word ("Harlow" for "Harlow Brewing"), people by their surname. */
function shortFormIsFirstWord(c: EntityCluster): boolean {
  const ft = fullestFormTokens(c);
  if (ft.length < 2) return false;
  const singles = [...c.forms.keys()].map(nameTokens).filter((t) => t.length === 1).map((t) => t[0]);
  return singles.includes(ft[0]!) && !singles.includes(ft[ft.length - 1]!);
}

/**
 * A finder of the organisation mentioned most often before a position (the latest on a tie).
 * Candidates and their non-reference mention starts are computed once, on first use
 * (references do not change them).
 */
export function salientOrganisations(ctx: CorefContext): (pos: number) => EntityCluster | undefined {
  let candidates: Array<{ c: EntityCluster; starts: number[] }> | null = null;
  return (pos) => {
    candidates ??= organisationCandidates(ctx);
    let best: EntityCluster | undefined;
    let bestN = 0;
    let bestRefs = 0;
    let bestPos = -1;
    for (const { c, starts } of candidates) {
      ctx.work.units++;
      const n = countBelow(starts, pos);
      if (n === 0 || n < bestN) continue;
      // On a tie, the one already re-mentioned by more references is the story's organisation;
      // then the latest.
      const refs = c.mentions.length - starts.length;
      const p = lastBefore(ctx, c, pos);
      if (n > bestN || refs > bestRefs || (refs === bestRefs && p > bestPos)) {
        best = c;
        bestN = n;
        bestRefs = refs;
        bestPos = p;
      }
    }
    return best;
  };
}

function organisationCandidates(ctx: CorefContext): Array<{ c: EntityCluster; starts: number[] }> {
  const { mentions } = ctx;
  return ctx.clusters
    .filter((c) => !c.isThing && c.country === undefined && (c.type === 'ORGANIZATION' || (c.strength < 3 && shortFormIsFirstWord(c))))
    .map((c) => ({ c, starts: c.mentions.filter((mi) => mentions[mi]!.kind !== 'reference').map((mi) => mentions[mi]!.start).sort((a, b) => a - b) }));
}
