import { isSubnational } from '../../extraction/gazetteer.js';
import { attach, createCluster, type CorefContext } from './CorefContext.js';

/** Pass 1: gazetteer mentions group by place (regions, cities) or by country (countries, capitals, demonyms). */
export function clusterGazetteerMentions(ctx: CorefContext): void {
  const byGazetteer = new Map<string, number>();
  for (const m of ctx.mentions) {
    if (m.kind !== 'gazetteer' || !m.gazetteer) continue;
    const place = isSubnational(m.gazetteer.kind);
    const key = place ? `${m.gazetteer.kind}:${m.name}` : `country:${m.gazetteer.country}`;
    let id = byGazetteer.get(key);
    if (id === undefined) {
      const c = createCluster(ctx, m, place ? m.name : m.gazetteer.country);
      c.country = m.gazetteer.country;
      c.strength = 3;
      id = c.id;
      byGazetteer.set(key, id);
    }
    attach(ctx, m, ctx.clusters[id]!);
  }
}
