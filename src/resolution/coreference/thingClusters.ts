/** Pass 4: things group by name; a bare head ("the missiles") joins the latest thing with that head. */
import { attach, createCluster, latestMentioned, type CorefContext } from './CorefContext.js';
import type { EntityCluster } from './EntityCluster.js';
import { mergeClusters } from './mergeClusters.js';
import { nameKey } from './nameKey.js';
import { MAX_SHORT_FORM_CANDIDATES } from './nameClusters.js';

export function clusterThings(ctx: CorefContext): void {
  const thingByKey = new Map<string, EntityCluster>();
  const thingsByHead = new Map<string, EntityCluster[]>();
  for (const m of ctx.mentions) {
    if (m.kind !== 'thing') continue;
    let target = thingByKey.get(nameKey(m.name));
    if (!target && m.head && m.name === m.head) target = latestMentioned(ctx, (thingsByHead.get(m.head) ?? []).slice(-MAX_SHORT_FORM_CANDIDATES), m.start, -1).cluster;
    if (!target) {
      target = createCluster(ctx, m, m.name);
      thingByKey.set(nameKey(m.name), target);
      if (m.head !== undefined) {
        const list = thingsByHead.get(m.head);
        if (list) list.push(target);
        else thingsByHead.set(m.head, [target]);
      }
    }
    attach(ctx, m, target);
  }
  mergeBareHeads(ctx, thingsByHead);
}

/** A bare-head thing that came first joins a later specific one ("missiles … ballistic missiles"). */
function mergeBareHeads(ctx: CorefContext, thingsByHead: ReadonlyMap<string, EntityCluster[]>): void {
  for (const c of ctx.clusters) {
    if (!c.isThing || c.mentions.length === 0) continue;
    const head = ctx.mentions[c.mentions[0]!]!.head;
    if (c.name !== head || head === undefined) continue;
    const specific = (thingsByHead.get(head) ?? []).filter((o) => o !== c && o.mentions.length > 0);
    if (specific.length === 1) mergeClusters(ctx, specific[0]!, c);
  }
}
