/**
 * The article-wide state every relation-frame module reads: tokens, mentions and their clusters,
 * which mention covers each token, the pronouns resolved so far, lazily computed article answers
 * (main country, organisation mention starts) and the list of facts found. One per
 * `findRelations` call; nothing lives at module level.
 */
import type { EntityType } from '../../model/types.js';
import type { AnalyzedText, Token } from '../../nlp/nlp.js';
import type { Coreference, EntityCluster } from '../../resolution/coreference/EntityCluster.js';
import type { Mention } from '../mentions/Mention.js';
import { newWorkCounter, type WorkCounter } from '../WorkCounter.js';
import { salientHeads } from './nounPhrases.js';
import type { RawRelation, RelationOptions } from './RawRelation.js';

export interface RelationContext {
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly clusters: EntityCluster[];
  /** Mention index → cluster id (appositions may re-point a title's mention to its holder). */
  readonly entityOf: Int32Array;
  /** Token → index of the argument mention covering it, or -1. */
  readonly argAt: Int32Array;
  /** Token → 1 when a modifier mention (demonym, role owner in a title) covers it. */
  readonly modAt: Uint8Array;
  /** Demonym modifier mentions by their first token. */
  readonly demonymAt: ReadonlyMap<number, Mention>;
  /** Pronoun mention → cluster, as resolved so far. */
  readonly resolvedPronoun: Map<number, number>;
  /** The gender the pronouns resolved beforehand (options.pronouns) give each person: cluster → 'm' | 'f'. */
  readonly pronounGender: ReadonlyMap<number, 'm' | 'f'>;
  /** Head nouns the story is about ("the fund", "cocaine"): they may fill an object slot. */
  readonly salient: ReadonlySet<string>;
  readonly options: RelationOptions;
  readonly work: WorkCounter;
  /** The facts found, in the order found. */
  readonly out: RawRelation[];
  /** Article-level answers computed on first use. */
  readonly memo: { mainCountry?: number; orgStarts?: Array<{ id: number; starts: number[] }> };
}

export function newRelationContext(doc: AnalyzedText, mentions: readonly Mention[], coref: Coreference, options: RelationOptions): RelationContext {
  const { tokens } = doc;
  const argAt = new Int32Array(tokens.length).fill(-1);
  const modAt = new Uint8Array(tokens.length);
  for (const m of mentions) {
    for (let i = m.start; i < m.end; i++) {
      if (m.modifier) modAt[i] = 1;
      else if (argAt[i] === -1 || mentions[argAt[i]!]!.modifier) argAt[i] = m.index;
    }
  }
  const demonymAt = new Map<number, Mention>();
  for (const m of mentions) if (m.modifier && m.gazetteer?.kind === 'demonym' && !demonymAt.has(m.start)) demonymAt.set(m.start, m);
  return {
    tokens,
    mentions,
    clusters: coref.clusters,
    entityOf: coref.entityOf,
    argAt,
    modAt,
    demonymAt,
    resolvedPronoun: new Map(options.pronouns ?? []),
    pronounGender: genderOfPronouns(mentions, options.pronouns),
    salient: salientHeads(tokens, argAt, modAt, options.title ?? null),
    options,
    work: options.work ?? newWorkCounter(),
    out: [],
    memo: {},
  };
}

/** The gender given pronouns lend the people they stand for (the first one wins). */
function genderOfPronouns(mentions: readonly Mention[], pronouns: ReadonlyMap<number, number> | undefined): Map<number, 'm' | 'f'> {
  const out = new Map<number, 'm' | 'f'>();
  for (const [mi, c] of pronouns ?? []) {
    const p = mentions[mi]?.pronoun ?? '';
    const g = ['he', 'him', 'his', 'himself'].includes(p) ? 'm' : ['she', 'her', 'hers', 'herself'].includes(p) ? 'f' : null;
    if (g !== null && !out.has(c)) out.set(c, g);
  }
  return out;
}

/** The cluster a mention stands for: a pronoun's as resolved so far, -1 when none. */
export function clusterOf(ctx: RelationContext, mi: number): number {
  const m = ctx.mentions[mi]!;
  if (m.kind === 'pronoun') return ctx.resolvedPronoun.get(mi) ?? -1;
  return ctx.entityOf[mi] ?? -1;
}

export function typeOf(ctx: RelationContext, c: number): EntityType | undefined {
  return ctx.clusters[c]?.type;
}

/** Records an asserted fact between two clusters with no qualifiers. */
export function pushFact(ctx: RelationContext, subject: number, object: number, predicate: string, verb: string, confidence: number, sentence: number): void {
  ctx.out.push({ subject: { cluster: subject }, object: { cluster: object }, predicate, verb, qualifiers: {}, confidence, sentence, negated: false, modality: 'asserted' });
}
