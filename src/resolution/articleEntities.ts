/**
 * The entities of one article's output before numbering: one per cluster (things with the same
 * name key share one), plus things named only by relation frames; the output keeps those used
 * by a fact, named entities that are an argument somewhere, and typed non-named ones.
 */
import type { EntityType, ExtractedEntity } from '../model/types.js';
import type { Mention } from '../extraction/mentions/Mention.js';
import type { Argument } from '../extraction/frames/RawRelation.js';
import type { Coreference, EntityCluster } from './coreference/EntityCluster.js';
import { nameKey } from './coreference/nameKey.js';

export const NAMED: ReadonlySet<EntityType> = new Set(['PERSON', 'ORGANIZATION', 'GPE', 'LOCATION', 'FACILITY']);

export interface EntityOut {
  key: string;
  name: string;
  type: EntityType;
  aliases: Set<string>;
  mentions: number;
  firstPos: number;
  used: boolean;
  argumentMentions: number;
  role?: string;
}

export interface ArticleEntities {
  readonly outs: EntityOut[];
  readonly byCluster: Map<number, EntityOut>;
  readonly byThing: Map<string, EntityOut>;
}

/** Entities of the clusters holding mentions (things with one key merged). */
export function clusterEntities(coref: Coreference, mentions: readonly Mention[]): ArticleEntities {
  const ents: ArticleEntities = { outs: [], byCluster: new Map(), byThing: new Map() };
  for (const c of coref.clusters) {
    if (c.mentions.length === 0) continue;
    const o = clusterEntity(c, mentions);
    if (c.isThing) {
      const existing = ents.byThing.get(o.key);
      if (existing) {
        existing.mentions += o.mentions;
        for (const a of o.aliases) existing.aliases.add(a);
        ents.byCluster.set(c.id, existing);
        continue;
      }
      ents.byThing.set(o.key, o);
    }
    ents.outs.push(o);
    ents.byCluster.set(c.id, o);
  }
  return ents;
}

function clusterEntity(c: EntityCluster, mentions: readonly Mention[]): EntityOut {
  // Fuller forms ("President Lincoln", "Bethany, Conn.") are aliases: ways the text names the entity.
  const fullForms = c.mentions.flatMap((mi) => mentions[mi]!.fullForm ?? []);
  return {
    key: c.isThing ? `thing:${nameKey(c.name)}` : `c${c.id}`,
    name: c.name,
    type: c.type,
    aliases: new Set([...c.forms.keys(), ...fullForms].filter((f) => f !== c.name)),
    mentions: c.mentions.length,
    firstPos: mentions[c.mentions[0]!]!.start,
    used: false,
    argumentMentions: c.mentions.filter((mi) => !mentions[mi]!.modifier).length,
    ...(c.roles[0] ? { role: c.roles[0].title } : {}),
  };
}

/** The entity of a fact's argument: its cluster's, or the thing's (added on first use at `pos`). */
export function argumentEntity(ents: ArticleEntities, a: Argument, pos: number): EntityOut | undefined {
  if ('cluster' in a) return ents.byCluster.get(a.cluster);
  const key = `thing:${nameKey(a.thing)}`;
  let o = ents.byThing.get(key);
  if (!o) {
    o = { key, name: a.thing, type: a.type, aliases: new Set(), mentions: 1, firstPos: pos, used: false, argumentMentions: 1 };
    ents.byThing.set(key, o);
    ents.outs.push(o);
  }
  return o;
}

/** The kept entities in text order as the output contract's entities e1…, and each one's id. */
export function outputEntities(outs: readonly EntityOut[]): { entities: ExtractedEntity[]; ids: Map<EntityOut, string> } {
  const kept = outs.filter((o) => o.used || (NAMED.has(o.type) && o.argumentMentions > 0) || (!NAMED.has(o.type) && o.type !== 'OTHER'));
  kept.sort((a, b) => a.firstPos - b.firstPos || a.name.localeCompare(b.name));
  const ids = new Map<EntityOut, string>();
  const entities: ExtractedEntity[] = kept.map((o, i) => {
    const id = `e${i + 1}`;
    ids.set(o, id);
    const e: ExtractedEntity = { id, name: o.name, type: o.type, aliases: [...o.aliases].sort(), mentions: o.mentions };
    if (o.role) e.attributes = { role: o.role };
    return e;
  });
  return { entities, ids };
}
