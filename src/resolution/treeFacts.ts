/**
 * Facts from the rules over dependency trees, as relation frames between entities: each
 * argument mention becomes its entity; a nationality of anything but a person is where it is
 * (LOCATED_IN).
 */
import type { Mention } from '../extraction/mentions.js';
import type { RawRelation } from '../extraction/relations.js';
import type { RuleContext, RuleName } from '../extraction/rules/Candidate.js';
import { treeCandidates } from '../extraction/rules/treeRules.js';
import type { Coreference } from './coreference.js';

/** The rules' own score per rule (calibration maps it to a probability). */
const RULE_SCORE: Readonly<Record<RuleName, number>> = { possessive: 0.7, 'nominal-location': 0.65, nationality: 0.75, employment: 0.7 };

function namedByDemonym(name: string, place: Mention): boolean {
  return place.gazetteer?.kind === 'demonym' && name.toLowerCase().startsWith(place.text.toLowerCase());
}

export function treeFacts(ctx: RuleContext, coref: Coreference): RawRelation[] {
  const { mentions } = ctx;
  const out: RawRelation[] = [];
  for (const c of treeCandidates(ctx)) {
    const subject = coref.entityOf[c.subject] ?? -1;
    const object = coref.entityOf[c.object] ?? -1;
    if (subject < 0 || object < 0 || subject === object) continue;
    const predicate = c.predicate === 'NATIONALITY' && coref.clusters[subject]!.type !== 'PERSON' ? 'LOCATED_IN' : c.predicate;
    // "the Belgian police" is named by its country: saying where it is adds nothing.
    if (predicate === 'LOCATED_IN' && namedByDemonym(coref.clusters[subject]!.name, mentions[c.object]!)) continue;
    const verb = predicate !== c.predicate ? 'base' : c.verb;
    out.push({ subject: { cluster: subject }, object: { cluster: object }, predicate, verb, qualifiers: c.qualifiers, confidence: RULE_SCORE[c.rule], sentence: c.sentence, negated: false, modality: 'asserted' });
  }
  return out;
}
