/** Pass 3: "known as"/"(ACR)" links merge entities, and so do acronyms with the longer name they spell. */
import type { AliasLink } from '../../extraction/mentions/Mention.js';
import { isLiveNameCluster } from './clusterForms.js';
import type { CorefContext } from './CorefContext.js';
import type { EntityCluster } from './EntityCluster.js';
import { mergeClusters } from './mergeClusters.js';
import { acronymLetters, initials, nameTokens } from './nameKey.js';

export function mergeAliasLinks(ctx: CorefContext, aliasLinks: readonly AliasLink[]): void {
  const { clusters, entityOf } = ctx;
  for (const link of aliasLinks) {
    const a = clusters[entityOf[link.a] ?? -1];
    const b = clusters[entityOf[link.b] ?? -1];
    if (!a || !b || a === b) continue;
    if (a.country !== undefined && b.country !== undefined) continue;
    // Keep the gazetteer/longer entity as the target.
    if (b.country !== undefined || (a.country === undefined && nameTokens(b.name).length > nameTokens(a.name).length)) mergeClusters(ctx, b, a);
    else mergeClusters(ctx, a, b);
  }
}

/** Whether one of the cluster's multi-word forms has these initials. */
const spelled = (c: EntityCluster, bare: string): boolean => isLiveNameCluster(c) && [...c.forms.keys()].some((f) => f.includes(' ') && initials(f) === bare);

/** Acronym entities whose initials match a longer name seen later. */
export function mergeAcronyms(ctx: CorefContext): void {
  const { clusters } = ctx;
  const byInitialsNow = new Map<string, EntityCluster>();
  for (const c of clusters) {
    if (!isLiveNameCluster(c)) continue;
    for (const f of c.forms.keys()) if (f.includes(' ') && !byInitialsNow.has(initials(f))) byInitialsNow.set(initials(f), c);
  }
  for (const a of clusters) {
    if (!isLiveNameCluster(a)) continue;
    const bare = acronymLetters(a.name);
    if (bare === null) continue;
    const hit = byInitialsNow.get(bare);
    if (hit === undefined) continue;
    // The index is exact until a merge moves forms; then fall back to the full search.
    const b = hit !== a && spelled(hit, bare) ? hit : clusters.find((c) => c !== a && spelled(c, bare));
    if (b) mergeClusters(ctx, b, a);
  }
}
