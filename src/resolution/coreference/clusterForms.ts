import type { EntityCluster } from './EntityCluster.js';
import { nameTokens } from './nameKey.js';

/** A cluster of names still holding mentions (no place of the gazetteer, no thing). */
export function isLiveNameCluster(c: EntityCluster): boolean {
  return c.mentions.length > 0 && !c.isThing && c.country === undefined;
}

/** Content words of the cluster's form with the most of them (its name on a tie). */
export function fullestFormTokens(c: EntityCluster): readonly string[] {
  return nameTokens([...c.forms.keys()].reduce((a, b) => (nameTokens(b).length > nameTokens(a).length ? b : a), c.name));
}
