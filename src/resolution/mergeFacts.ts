/**
 * Raw facts → one merged fact per (subject, predicate, object, negation), with every sentence
 * that states it as evidence, the qualifiers of all of them and the best-scored statement's
 * verb, modality and confidence; then calibration and the output contract's relations.
 */
import type { Evidence, ExtractedRelation, Modality } from '../model/types.js';
import type { AnalyzedText } from '../nlp/nlp.js';
import type { RawRelation } from '../extraction/frames/RawRelation.js';
import type { WorkCounter } from '../extraction/WorkCounter.js';
import { applyConfidence, type ConfidenceModel } from '../extraction/confidence.js';
import { argumentEntity, NAMED, type ArticleEntities, type EntityOut } from './articleEntities.js';
import { cleanQualifiers } from './cleanQualifiers.js';
import { featuresOfFact } from './featuresOfFact.js';

export interface MergedFact {
  s: EntityOut;
  o: EntityOut;
  predicate: string;
  verb: string;
  qualifiers: Record<string, string>;
  confidence: number;
  evidence: Evidence[];
  /** Sentence starts already in `evidence`. */
  evidenceStarts: Set<number>;
  negated: boolean;
  modality: Modality;
}

/** Relations between two common-noun things carry little news value (a named work or award is no common noun). */
const proper = (x: EntityOut): boolean => NAMED.has(x.type) || !x.key.startsWith('thing:');

export function mergeFacts(raw: readonly RawRelation[], doc: AnalyzedText, text: string, ents: ArticleEntities, work: WorkCounter): Map<string, MergedFact> {
  const merged = new Map<string, MergedFact>();
  for (const r of raw) {
    const pos = doc.tokens[doc.sentences[r.sentence]!.first]!.index;
    const s = argumentEntity(ents, r.subject, pos);
    const o = argumentEntity(ents, r.object, pos);
    if (!s || !o || s === o) continue;
    if (!proper(s) && !proper(o) && r.predicate !== 'LOCATED_IN') continue;
    const key = `${s.key}\u0000${r.predicate}\u0000${o.key}\u0000${r.negated}`;
    const sentence = doc.sentences[r.sentence]!;
    const ev: Evidence = { sentence: text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end };
    const existing = merged.get(key);
    if (existing) {
      work.units++;
      addStatement(existing, r, ev);
      continue;
    }
    merged.set(key, { s, o, predicate: r.predicate, verb: r.verb, qualifiers: cleanQualifiers(r.qualifiers), confidence: r.confidence, evidence: [ev], evidenceStarts: new Set([ev.start]), negated: r.negated, modality: r.modality });
  }
  return merged;
}

/** Adds another statement of a merged fact: its sentence, its new qualifiers, and its verb and modality when better scored. */
function addStatement(existing: MergedFact, r: RawRelation, ev: Evidence): void {
  if (!existing.evidenceStarts.has(ev.start)) {
    existing.evidenceStarts.add(ev.start);
    existing.evidence.push(ev);
  }
  if (r.confidence > existing.confidence) {
    existing.confidence = r.confidence;
    existing.modality = r.modality;
    existing.verb = r.verb;
  }
  for (const [k, v] of Object.entries(cleanQualifiers(r.qualifiers))) if (!(k in existing.qualifiers)) existing.qualifiers[k] = v;
}

/** Gives every merged fact its calibrated confidence, drops those below `minConfidence` and marks the entities of the rest used. */
export function calibrateFacts(merged: Map<string, MergedFact>, model: ConfidenceModel | null, minConfidence: number): void {
  for (const [key, m] of merged) {
    if (model !== null) m.confidence = applyConfidence(model, featuresOfFact(m, m.s.type, m.o.type));
    if (m.confidence < minConfidence) merged.delete(key);
  }
  for (const m of merged.values()) {
    m.s.used = true;
    m.o.used = true;
  }
}

/** The merged facts between kept entities, in text order, as the output contract's relations. */
export function outputRelations(merged: ReadonlyMap<string, MergedFact>, ids: ReadonlyMap<EntityOut, string>): ExtractedRelation[] {
  return [...merged.values()]
    .filter((m) => ids.has(m.s) && ids.has(m.o))
    .sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start || a.predicate.localeCompare(b.predicate) || ids.get(a.s)!.localeCompare(ids.get(b.s)!))
    .map((m) => {
      const r: ExtractedRelation = {
        subject: ids.get(m.s)!,
        predicate: m.predicate,
        verb: m.verb,
        object: ids.get(m.o)!,
        qualifiers: m.qualifiers,
        confidence: m.confidence,
        evidence: m.evidence.sort((a, b) => a.start - b.start),
      };
      if (m.negated) r.negated = true;
      if (m.modality !== 'asserted') r.modality = m.modality;
      return r;
    });
}
