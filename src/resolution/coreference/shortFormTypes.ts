import { fullestFormTokens, isLiveNameCluster } from './clusterForms.js';
import type { EntityCluster } from './EntityCluster.js';
import { nameTokens } from './nameKey.js';

/**
 * Short forms tell people from organisations among weakly typed names: people are re-mentioned
 * by surname ("Voss"), organisations by their first word ("Harlow").
 */
export function typeByShortForms(clusters: readonly EntityCluster[]): void {
  for (const c of clusters) {
    if (!isLiveNameCluster(c) || c.strength >= 3) continue;
    if (c.type !== 'PERSON' && c.type !== 'ORGANIZATION') continue;
    const ft = fullestFormTokens(c);
    if (ft.length < 2) continue;
    let last = 0;
    let first = 0;
    for (const f of c.forms.keys()) {
      const t = nameTokens(f);
      if (t.length !== 1) continue;
      if (t[0] === ft[ft.length - 1]) last++;
      else if (t[0] === ft[0]) first++;
    }
    if (last > 0 && first === 0) c.type = 'PERSON';
    // A role held ("leader", "President") is person evidence: family-name-first names ("Kim" for
    // "Kim Jong Un") are re-mentioned by their first word too.
    else if (first > 0 && last === 0 && c.roles.length === 0) c.type = 'ORGANIZATION';
  }
}
