/**
 * Role descriptions ("the North Korean leader") go to the first person holding that role, else
 * (for leaders) to the most mentioned person named at least twice who holds no role elsewhere.
 * The people and their roles' owners are indexed once, on the first description; only this
 * pass adds roles (leader roles).
 */
import { attach, type CorefContext } from './CorefContext.js';
import type { EntityCluster, RoleFact } from './EntityCluster.js';

interface PeopleIndex {
  readonly people: EntityCluster[];
  /** Owner → lowest index in `people` holding a role of it: any role / a leader role. */
  readonly holderAny: Map<number, number>;
  readonly holderLeader: Map<number, number>;
  /** Per person (index in `people`): the distinct owners of its roles, and its name mentions. */
  readonly owners: Array<Set<number>>;
  readonly nameCounts: number[];
}

export function attachRoleDescriptions(ctx: CorefContext): void {
  let ix: PeopleIndex | null = null;
  for (const m of ctx.mentions) {
    if (m.kind !== 'description' || !m.role || m.role.of === null) continue;
    const owner = ctx.entityOf[m.role.of]!;
    if (owner < 0) continue;
    ix ??= indexPeople(ctx);
    const held = (m.role.leader ? ix.holderLeader : ix.holderAny).get(owner);
    let target = held === undefined ? undefined : ix.people[held];
    if (!target && m.role.leader) {
      const best = unroledPerson(ctx, ix, owner);
      if (best >= 0) {
        target = ix.people[best]!;
        const role: RoleFact = { title: m.role.title, of: owner, leader: true, token: m.start, inferred: true };
        target.roles.push(role);
        noteRole(ix, best, role);
      }
    }
    if (target) attach(ctx, m, target);
  }
}

function indexPeople(ctx: CorefContext): PeopleIndex {
  const people = ctx.clusters.filter((c) => c.type === 'PERSON' && c.mentions.length > 0 && !c.isThing);
  const ix: PeopleIndex = { people, holderAny: new Map(), holderLeader: new Map(), owners: [], nameCounts: [] };
  people.forEach((c, i) => {
    ix.owners.push(new Set());
    ix.nameCounts.push(c.mentions.filter((mi) => ctx.mentions[mi]!.kind === 'name').length);
    for (const r of c.roles) noteRole(ix, i, r);
    ctx.work.units += c.roles.length + c.mentions.length;
  });
  return ix;
}

function noteRole(ix: PeopleIndex, i: number, r: RoleFact): void {
  if (r.of === null) return;
  ix.owners[i]!.add(r.of);
  if (!((ix.holderAny.get(r.of) ?? Infinity) <= i)) ix.holderAny.set(r.of, i);
  if (r.leader && !((ix.holderLeader.get(r.of) ?? Infinity) <= i)) ix.holderLeader.set(r.of, i);
}

/** Index of the most mentioned person named at least twice with no role outside `owner`, or -1. */
function unroledPerson(ctx: CorefContext, ix: PeopleIndex, owner: number): number {
  const { people } = ix;
  let best = -1;
  for (let i = 0; i < people.length; i++) {
    ctx.work.units++;
    const roleOwners = ix.owners[i]!;
    if (roleOwners.size > 1 || (roleOwners.size === 1 && !roleOwners.has(owner)) || ix.nameCounts[i]! < 2) continue;
    const c = people[i]!;
    if (best < 0 || c.mentions.length > people[best]!.mentions.length || (c.mentions.length === people[best]!.mentions.length && c.id < people[best]!.id)) best = i;
  }
  return best;
}
