import type { CorefContext } from './CorefContext.js';

/** Pass 5: roles stated with names ("President X", "X, the chief executive of Y"); their holders are people. */
export function addStatedRoles(ctx: CorefContext): void {
  const { mentions, clusters, entityOf } = ctx;
  for (const m of mentions) {
    if (m.kind !== 'name' || !m.role) continue;
    const c = clusters[entityOf[m.index]!];
    if (!c) continue;
    const of = m.role.of !== null ? entityOf[m.role.of]! : -1;
    const viaDemonym = m.role.of !== null && mentions[m.role.of]?.gazetteer?.kind === 'demonym';
    c.roles.push({ title: m.role.title, of: of >= 0 ? of : null, leader: m.role.leader, token: m.start, inferred: false, ...(viaDemonym ? { viaDemonym } : {}) });
    if (c.type !== 'PERSON') {
      c.type = 'PERSON';
      c.strength = 3;
    }
  }
}
