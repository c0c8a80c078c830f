/** Patients of passives: a reduced relative's noun, a possessor or a salient noun before the verb group. */
import type { Argument } from './RawRelation.js';
import { resolvePossessive } from './antecedents.js';
import { headLemma, thingName } from './nounPhrases.js';
import { clusterOf, type RelationContext } from './RelationContext.js';

/**
 * The noun a by-participle at `v` modifies: a mention ending right before it (or before the
 * comma opening an aside, "Acme, owned by Y,"), else a common noun phrase ("a new malaria
 * vaccine developed by"); null when the participle follows no noun.
 */
export function reducedRelativeHost(ctx: RelationContext, v: number, first: number): Argument | null {
  const { tokens, argAt, modAt, mentions } = ctx;
  let h = v - 1;
  const aside = h >= first && tokens[h]!.text === ',';
  if (aside) h--;
  if (h < first) return null;
  const mi = argAt[h]!;
  if (mi >= 0) {
    const m = mentions[mi]!;
    const c = clusterOf(ctx, mi);
    if (m.kind === 'pronoun' || c < 0) return null;
    return { cluster: c };
  }
  const t = tokens[h]!;
  if (t.pos !== 'NOUN' || modAt[h] === 1) return null;
  let b = h;
  while (b - 1 >= first && ['ADJ', 'NOUN'].includes(tokens[b - 1]!.pos) && argAt[b - 1] === -1 && modAt[b - 1] !== 1) b--;
  // Only a noun phrase that opens with a determiner or follows a verb/preposition heads the participle.
  const before = tokens[b - 1];
  if (b > first && (!before || !(['DET', 'VERB', 'ADP', 'NUM', 'PUNCT', 'PRON', 'AUX', 'PROPN'].includes(before.pos) || argAt[b - 1]! >= 0 || modAt[b - 1] === 1))) return null;
  const name = thingName(tokens.slice(b, h + 1)) ?? (aside ? t.lower : null);
  return name ? { thing: name, type: 'OTHER' } : null;
}

/**
 * "The company's software is used by X", "Acme's plant was hit by Y": the possessor of a
 * common-noun patient right before the verb group stands for it. Returns it, or null.
 */
export function possessorPatient(ctx: RelationContext, g: number, first: number): Argument | null {
  const { tokens, argAt, mentions, clusters } = ctx;
  let h = g - 1;
  if (h < first || tokens[h]!.pos !== 'NOUN' || argAt[h] !== -1) return null;
  while (h - 1 >= first && ['NOUN', 'ADJ'].includes(tokens[h - 1]!.pos) && argAt[h - 1] === -1) h--;
  // "Her campaign was managed by X": a possessive pronoun's person.
  const pi = h - 1 >= first ? argAt[h - 1]! : -1;
  if (pi >= 0 && mentions[pi]!.kind === 'pronoun' && ['his', 'her'].includes(mentions[pi]!.pronoun ?? '')) {
    const pc = resolvePossessive(ctx, pi);
    return pc >= 0 ? { cluster: pc } : null;
  }
  if (tokens[h - 1]?.lower !== "'s" || h - 2 < first) return null;
  const mi = argAt[h - 2]!;
  if (mi < 0 || mentions[mi]!.kind === 'pronoun' || mentions[mi]!.end !== h - 1) return null;
  const c = clusterOf(ctx, mi);
  return c >= 0 && !clusters[c]!.isThing ? { cluster: c } : null;
}

/** A salient common-noun phrase ending right before the verb group at `g` (passive patient), or null. */
export function commonPatient(ctx: RelationContext, g: number, first: number): Argument | null {
  const { tokens, argAt, modAt, salient } = ctx;
  const head = g - 1;
  if (head < first || tokens[head]!.pos !== 'NOUN' || argAt[head] !== -1 || !salient.has(headLemma(tokens[head]!))) return null;
  let b = head;
  while (b - 1 >= first && ['ADJ', 'NOUN', 'NUM'].includes(tokens[b - 1]!.pos) && argAt[b - 1] === -1 && modAt[b - 1] !== 1) b--;
  const name = thingName(tokens.slice(b, head + 1));
  return name ? { thing: name, type: 'OTHER' } : null;
}
