import type { Mention } from '../../extraction/mentions/Mention.js';
import type { CorefContext } from './CorefContext.js';
import type { EntityCluster } from './EntityCluster.js';

/** How many mentions back a definite reference looks for its entity. */
const MAX_REFERENCE_LOOKBACK = 400;

/**
 * The entity of the latest mention before `pos` that passes `ok` (mentions are in text order;
 * the walk back is bounded so that long texts stay linear). Mentions passing `skip` are no antecedents.
 */
export function recentOfType(ctx: CorefContext, pos: number, ok: (c: EntityCluster) => boolean, skip?: (m: Mention) => boolean): EntityCluster | undefined {
  const { mentions, entityOf, clusters } = ctx;
  const hi = mentionsBefore(mentions, pos);
  const tried = new Set<number>();
  for (let k = hi - 1; k >= 0 && hi - k <= MAX_REFERENCE_LOOKBACK; k--) {
    ctx.work.units++;
    if (skip?.(mentions[k]!)) continue;
    const id = entityOf[mentions[k]!.index]!;
    if (id < 0 || tried.has(id)) continue;
    tried.add(id);
    const c = clusters[id]!;
    if (c.mentions.length > 0 && ok(c)) return c;
  }
  return undefined;
}

/** Number of mentions starting before `pos` (mentions are sorted by start). */
function mentionsBefore(mentions: readonly Mention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
