import { newClusterIndex, noteDescriptor } from './ClusterIndex.js';
import type { CorefContext } from './CorefContext.js';
import type { EntityCluster } from './EntityCluster.js';

/** Moves every mention, form and role of `from` into `into`; `from` is left empty. */
export function mergeClusters(ctx: CorefContext, into: EntityCluster, from: EntityCluster): void {
  if (into === from) return;
  for (const mi of from.mentions) {
    ctx.entityOf[mi] = into.id;
    into.mentions.push(mi);
  }
  for (const [f, n] of from.forms) into.forms.set(f, (into.forms.get(f) ?? 0) + n);
  into.roles.push(...from.roles);
  if (from.strength > into.strength && into.country === undefined) {
    into.type = from.type;
    into.strength = from.strength;
  }
  into.mentions.sort((a, b) => a - b);
  ctx.work.units += into.mentions.length;
  const ix = ctx.indexes[into.id]!;
  ix.starts.reset(into.mentions.map((mi) => ctx.mentions[mi]!.start));
  for (const [d, start] of ctx.indexes[from.id]!.descriptorStart) noteDescriptor(ix, d, start);
  ctx.indexes[from.id] = newClusterIndex();
  from.mentions = [];
  from.forms.clear();
}
