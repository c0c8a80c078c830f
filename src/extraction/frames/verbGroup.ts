/** A verb's group: auxiliaries, negation, modals and hedges before it; passives; control chains. */
import type { Modality } from '../../model/types.js';
import { CONTROL_VERBS, HEDGE_ADVERBS, MODAL_AUX } from '../lexicon.js';
import type { Clause, Frame } from './Clause.js';
import { isParticiple } from './mainVerbs.js';

export interface VerbGroup {
  /** First token of the group. */
  g: number;
  negated: boolean;
  modality: Modality;
  passive: boolean;
  infinitive: boolean;
}

const NEGATIONS = ['not', "n't", 'never'];

/** The stronger hedge of two modalities. */
export function weaker(a: Modality, b: Modality): Modality {
  const rank: Record<Modality, number> = { asserted: 0, reported: 1, planned: 2, possible: 3 };
  return rank[b] > rank[a] ? b : a;
}

/** Reads the auxiliaries, particles and adverbs before the verb at `v`. */
export function verbGroup(clause: Clause, v: number): VerbGroup {
  const { tokens } = clause.ctx;
  const vt = tokens[v]!;
  const group: VerbGroup = { g: v, negated: false, modality: 'asserted', passive: false, infinitive: false };
  while (group.g - 1 >= clause.span.first) {
    const g = group.g;
    const p = tokens[g - 1]!;
    if (p.pos === 'AUX' || (p.pos === 'PART' && ['not', "n't", 'to'].includes(p.lower)) || (p.pos === 'ADV' && !['when', 'where', 'why', 'how'].includes(p.lower)) || (p.pos === 'VERB' && ['have', 'be', 'get'].includes(p.lemma) && !clause.verbSet.has(g - 1))) {
      if (NEGATIONS.includes(p.lower)) group.negated = true;
      if (MODAL_AUX.has(p.lower)) group.modality = weaker(group.modality, MODAL_AUX.get(p.lower)!);
      if (HEDGE_ADVERBS.has(p.lower)) group.modality = weaker(group.modality, HEDGE_ADVERBS.get(p.lower)!);
      if (p.lemma === 'be' || p.lemma === 'get') group.passive = group.passive || isParticiple(vt);
      if (p.lower === 'to') group.infinitive = true;
      group.g--;
    } else break;
  }
  return group;
}

/**
 * Control chains: "is poised to hold", "are expected to meet", "is believed to have launched":
 * weakens the group's modality by the control verb's and returns the control verb's frame, if read.
 */
export function controllingFrame(clause: Clause, group: VerbGroup): Frame | undefined {
  const { tokens } = clause.ctx;
  if (!group.infinitive) return undefined;
  const c = group.g - 1;
  if (!(c >= clause.span.first && (CONTROL_VERBS.has(tokens[c]!.lemma) || CONTROL_VERBS.has(tokens[c]!.lower)))) return undefined;
  group.modality = weaker(group.modality, CONTROL_VERBS.get(tokens[c]!.lemma) ?? CONTROL_VERBS.get(tokens[c]!.lower)!);
  return clause.frames.find((f) => f.verb === c);
}

/** The negation and modals of a control verb's group carry over to its infinitive ("did not agree to meet"). */
export function inheritControl(clause: Clause, group: VerbGroup, controlFrame: Frame): void {
  const { tokens } = clause.ctx;
  for (let i = controlFrame.groupStart; i < controlFrame.verb; i++) {
    const p = tokens[i]!;
    if (NEGATIONS.includes(p.lower)) group.negated = true;
    if (MODAL_AUX.has(p.lower)) group.modality = weaker(group.modality, MODAL_AUX.get(p.lower)!);
  }
}
