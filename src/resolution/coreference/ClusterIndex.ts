import { AscendingRuns } from '../AscendingRuns.js';

/** Per-cluster indexes over its mentions, kept in step with attach and merge. */
export interface ClusterIndex {
  /** Mention starts, for "latest mention before" queries. */
  starts: AscendingRuns;
  /** Descriptor noun ("the probe Vela-3" → probe) → earliest start of a mention introduced with it. */
  descriptorStart: Map<string, number>;
}

export function newClusterIndex(): ClusterIndex {
  return { starts: new AscendingRuns(), descriptorStart: new Map() };
}

/** Records that a mention introduced with `descriptor` starts at `start` (keeps the earliest). */
export function noteDescriptor(ix: ClusterIndex, descriptor: string | undefined, start: number): void {
  if (descriptor === undefined) return;
  const prev = ix.descriptorStart.get(descriptor);
  if (prev === undefined || start < prev) ix.descriptorStart.set(descriptor, start);
}
