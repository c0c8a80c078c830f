/**
 * The state one run of resolveMentions shares between its passes: the mentions, the clusters
 * made so far, each mention's cluster and each cluster's indexes. Created per call; nothing
 * outlives it. Clusters are created, attached to and queried only through these functions.
 */
import type { Mention } from '../../extraction/mentions/Mention.js';
import type { WorkCounter } from '../../extraction/WorkCounter.js';
import { newClusterIndex, noteDescriptor, type ClusterIndex } from './ClusterIndex.js';
import type { EntityCluster } from './EntityCluster.js';

export interface CorefContext {
  readonly mentions: readonly Mention[];
  readonly work: WorkCounter;
  readonly clusters: EntityCluster[];
  /** Mention index → cluster id, or -1. */
  readonly entityOf: Int32Array;
  /** Cluster id → its indexes. */
  readonly indexes: ClusterIndex[];
}

export function newCorefContext(mentions: readonly Mention[], work: WorkCounter): CorefContext {
  return { mentions, work, clusters: [], entityOf: new Int32Array(mentions.length).fill(-1), indexes: [] };
}

/** A new, empty cluster named `name` with the mention's type (attach the mention separately). */
export function createCluster(ctx: CorefContext, m: Mention, name: string): EntityCluster {
  const c: EntityCluster = { id: ctx.clusters.length, name, type: m.type, strength: m.strength, forms: new Map(), mentions: [], roles: [], isThing: m.kind === 'thing' };
  ctx.clusters.push(c);
  ctx.indexes.push(newClusterIndex());
  return c;
}

/** Adds the mention to the cluster: its form (names, places, things), and its type when stronger. */
export function attach(ctx: CorefContext, m: Mention, c: EntityCluster): void {
  ctx.entityOf[m.index] = c.id;
  c.mentions.push(m.index);
  const ix = ctx.indexes[c.id]!;
  ix.starts.add(m.start);
  noteDescriptor(ix, m.descriptor, m.start);
  if (m.kind === 'name' || m.kind === 'gazetteer' || m.kind === 'thing') {
    if (!(m.kind === 'gazetteer' && m.gazetteer?.kind === 'demonym')) c.forms.set(m.text, (c.forms.get(m.text) ?? 0) + 1);
  }
  if (m.strength > c.strength || (m.strength === c.strength && m.type === 'PERSON' && c.type !== 'PERSON' && c.type !== 'ORGANIZATION' && m.kind === 'name')) {
    c.type = m.type;
    c.strength = m.strength;
  }
}

/** Start of the cluster's latest mention before `pos`, or -1. */
export function lastBefore(ctx: CorefContext, c: EntityCluster, pos: number): number {
  const starts = ctx.indexes[c.id]!.starts;
  ctx.work.units += starts.runCount;
  return starts.lastBelow(pos);
}

/**
 * The first of `candidates` whose latest mention before `pos` is latest, if that start is above
 * `floor`, with that start (or `floor` when none is).
 */
export function latestMentioned(ctx: CorefContext, candidates: readonly EntityCluster[], pos: number, floor: number): { cluster: EntityCluster | undefined; start: number } {
  let cluster: EntityCluster | undefined;
  let start = floor;
  for (const c of candidates) {
    const p = lastBefore(ctx, c, pos);
    if (p > start) {
      start = p;
      cluster = c;
    }
  }
  return { cluster, start };
}
