/** Reported speech: who the facts of a sentence are attributed to ("X said …", "according to X"). */
import type { Sentence } from '../../nlp/nlp.js';
import type { Clause } from './Clause.js';
import { clamp } from './frameConfidence.js';
import { clusterOf, type RelationContext } from './RelationContext.js';

/** "According to X, …": the name of X, or null. */
export function accordingTo(ctx: RelationContext, s: Sentence): string | null {
  const { tokens, argAt, clusters } = ctx;
  let attributedTo: string | null = null;
  for (let i = s.first; i < s.last; i++) {
    if (tokens[i]!.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      let j = i + 2;
      while (j <= s.last && ['the', 'a', 'an'].includes(tokens[j]!.lower)) j++;
      const mi = argAt[j]!;
      if (mi >= 0 && clusterOf(ctx, mi) >= 0) attributedTo = clusters[clusterOf(ctx, mi)]!.name;
    }
  }
  return attributedTo;
}

/**
 * Attributes the clause's facts to their speakers (the facts after a speech verb without object,
 * else those before it; an "according to" source for the rest), marks attributed facts as
 * reported, and records them all.
 */
export function attributeSpeech(clause: Clause, attributedTo: string | null): void {
  const { ctx, frames, found } = clause;
  for (const f of frames) {
    if (!f.speech || f.speaker < 0) continue;
    const speakerName = ctx.clusters[f.speaker]!.name;
    const after = found.filter((r) => r.verb > f.verb);
    const before = found.filter((r) => r.verb < f.groupStart);
    const reported = after.length > 0 && !f.hasObject ? after : before;
    for (const r of reported) if (!r.rel.qualifiers.attributedTo) r.rel.qualifiers.attributedTo = speakerName;
    // No "speaker SAY <subject of the reported clause>" fact: the speaker did not say that
    // entity; the reported facts carry the speaker as `attributedTo` instead.
  }
  if (attributedTo) for (const r of found) if (!r.rel.qualifiers.attributedTo) r.rel.qualifiers.attributedTo = attributedTo;
  for (const r of found) {
    if (r.rel.qualifiers.attributedTo && r.rel.modality === 'asserted' && r.rel.predicate !== 'SAY') {
      r.rel.modality = 'reported';
      r.rel.confidence = clamp(r.rel.confidence * 0.95);
    }
    ctx.out.push(r.rel);
  }
}
