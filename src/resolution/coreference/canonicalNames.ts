import { isLiveNameCluster } from './clusterForms.js';
import type { EntityCluster } from './EntityCluster.js';
import { nameTokens } from './nameKey.js';

/** Names each name cluster by its fullest form (not an all-capitals acronym; the most used, then the most capitalised). */
export function chooseCanonicalNames(clusters: readonly EntityCluster[]): void {
  for (const c of clusters) {
    if (!isLiveNameCluster(c)) continue;
    let best = c.name;
    let bestScore = -Infinity;
    for (const [form, count] of c.forms) {
      const score = nameTokens(form).length * 100 + (/^\p{Lu}{2,}$/u.test(form) ? -50 : 0) + count + (form.match(/\b\p{Lu}/gu)?.length ?? 0) * 0.1;
      if (score > bestScore) {
        bestScore = score;
        best = form;
      }
    }
    c.name = best;
  }
}
