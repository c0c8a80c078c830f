/**
 * Facts from the rules over dependency trees, as relation frames between entities: each
 * argument mention becomes its entity; a nationality of anything but a person is where it is
 * (LOCATED_IN).
 */
import type { Mention } from '../extraction/mentions/Mention.js';
import type { RawRelation } from '../extraction/frames/RawRelation.js';
import type { RuleContext, RuleName } from '../extraction/rules/Candidate.js';
import { treeCandidates } from '../extraction/rules/treeRules.js';
import type { Coreference } from './coreference/EntityCluster.js';
import { TreePronouns } from './treePronouns.js';

/** The rules' own score per rule (calibration maps it to a probability). */
const RULE_SCORE: Readonly<Record<RuleName, number>> = { possessive: 0.7, 'nominal-location': 0.65, nationality: 0.75, employment: 0.7, works: 0.7, verb: 0.6, 'light-verb': 0.55, 'noun-event': 0.55, 'passive-place': 0.5 };

/** Rules over clauses and event nouns: they add facts between entities the other readings left unrelated. */
const FRAME_RULES: ReadonlySet<RuleName> = new Set(['verb', 'light-verb', 'noun-event', 'passive-place']);

/** A fact read through a pronoun is less sure than one between names. */
const PRONOUN_FACTOR = 0.85;

const pairKey = (a: number, b: number): string => (a < b ? `${a}:${b}` : `${b}:${a}`);

/** Cluster pairs (either order) the facts already relate. */
export function relatedPairs(facts: readonly RawRelation[]): Set<string> {
  const out = new Set<string>();
  for (const f of facts) if ('cluster' in f.subject && 'cluster' in f.object) out.add(pairKey(f.subject.cluster, f.object.cluster));
  return out;
}

function namedByDemonym(name: string, place: Mention): boolean {
  return place.gazetteer?.kind === 'demonym' && name.toLowerCase().startsWith(place.text.toLowerCase());
}

export function treeFacts(ctx: RuleContext, coref: Coreference, related: ReadonlySet<string> = new Set()): RawRelation[] {
  const { mentions } = ctx;
  const out: RawRelation[] = [];
  const pronouns = new TreePronouns(ctx, coref);
  for (const c of treeCandidates(ctx)) {
    const subject = pronouns.clusterOf(c.subject);
    const object = pronouns.clusterOf(c.object);
    if (subject < 0 || object < 0 || subject === object) continue;
    if (FRAME_RULES.has(c.rule) && related.has(pairKey(subject, object))) continue;
    const predicate = c.predicate === 'NATIONALITY' && coref.clusters[subject]!.type !== 'PERSON' ? 'LOCATED_IN' : c.predicate;
    // "the Belgian police" is named by its country: saying where it is adds nothing.
    if (predicate === 'LOCATED_IN' && namedByDemonym(coref.clusters[subject]!.name, mentions[c.object]!)) continue;
    const verb = predicate !== c.predicate ? 'base' : c.verb;
    out.push({ subject: { cluster: subject }, object: { cluster: object }, predicate, verb, qualifiers: c.qualifiers, confidence: RULE_SCORE[c.rule] * (pronouns.isResolvedPronoun(c.subject) || pronouns.isResolvedPronoun(c.object) ? PRONOUN_FACTOR : 1), sentence: c.sentence, negated: c.negated ?? false, modality: c.modality ?? 'asserted' });
  }
  return out;
}
