/**
 * Facts a description's own words state about the entity it refers back to: a demonym gives a
 * person's nationality ("Haldane … the 54-year-old Scot" → Haldane NATIONALITY Scotland), a
 * place before an organisation noun gives the organisation's seat ("Kessler Bank … the
 * Frankfurt lender" → Kessler Bank LOCATED_IN Frankfurt).
 */
import type { Mention } from '../extraction/mentions/Mention.js';
import type { RawRelation } from '../extraction/frames/RawRelation.js';
import type { Coreference } from './coreference/EntityCluster.js';
import { describingDemonym } from './coreference/personDescriptions.js';
import { innerPlace } from './coreference/seatedReferences.js';

/** The rules' own score of a fact read through a description (calibration maps it to a probability). */
const DESCRIPTION_SCORE = 0.65;

function fact(subject: number, object: number, predicate: string, verb: string, sentence: number): RawRelation {
  return { subject: { cluster: subject }, object: { cluster: object }, predicate, verb, qualifiers: {}, confidence: DESCRIPTION_SCORE, sentence, negated: false, modality: 'asserted' };
}

export function descriptionFacts(mentions: readonly Mention[], coref: Coreference): RawRelation[] {
  const out: RawRelation[] = [];
  for (const m of mentions) {
    const c = coref.entityOf[m.index]!;
    if (c < 0 || (m.kind !== 'description' && m.kind !== 'reference')) continue;
    const type = coref.clusters[c]!.type;
    const demonym = type === 'PERSON' ? describingDemonym(mentions, m) : undefined;
    const country = demonym === undefined ? -1 : coref.entityOf[demonym.index]!;
    if (country >= 0 && country !== c) out.push(fact(c, country, 'NATIONALITY', 'citizen', m.sentence));
    const place = type === 'ORGANIZATION' && m.kind === 'reference' ? seatOf(mentions, m, coref) : -1;
    if (place >= 0 && place !== c) out.push(fact(c, place, 'LOCATED_IN', 'base', m.sentence));
  }
  return out;
}

/**
 * The place named inside a reference ("the Frankfurt lender"): a place, or a one-word name the
 * organisation noun made look like a firm — it is not the organisation referred to, so it is
 * where that organisation is (its cluster becomes a place). -1 when none.
 */
function seatOf(mentions: readonly Mention[], m: Mention, coref: Coreference): number {
  const p = innerPlace(mentions, m);
  const pc = p ? coref.entityOf[p.index]! : -1;
  if (!p || pc < 0) return -1;
  const cl = coref.clusters[pc]!;
  if (cl.type === 'GPE' || cl.type === 'LOCATION') return pc;
  const oneWord = (mi: number): boolean => mentions[mi]!.end - mentions[mi]!.start === 1;
  if (cl.type !== 'ORGANIZATION' || cl.strength >= 3 || p.kind !== 'name' || !cl.mentions.every(oneWord)) return -1;
  cl.type = 'GPE';
  return pc;
}
