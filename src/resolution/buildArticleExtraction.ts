/**
 * One article → the extraction contract (architecture.md): mentions → within-article
 * resolution → relation frames → entities e1… and merged relations with evidence offsets.
 */
import type { Article, ArticleExtraction, EntityType, Evidence, ExtractedEntity, ExtractedRelation, Modality } from '../model/types.js';
import { ExtractionError, describeValue } from '../errors.js';
import { analyzeText } from '../nlp/nlp.js';
import { findMentions } from '../extraction/mentions/findMentions.js';
import { applyTaggerTypes } from '../extraction/mentions/taggerTypes.js';
import { parseDocument } from '../extraction/parseDocument.js';
import { getSyntaxModels } from '../syntax/SyntaxModels.js';
import { findRelations } from '../extraction/frames/findRelations.js';
import type { Argument, RawRelation } from '../extraction/frames/RawRelation.js';
import { newWorkCounter, type WorkCounter } from '../extraction/WorkCounter.js';
import { applyConfidence, factFeatures, type ConfidenceModel, type FeatureVector } from '../extraction/confidence.js';
import { getConfidenceModel } from '../extraction/confidenceModel.js';
import { loadPredicateLexicon } from '../extraction/lexicon/PredicateLexicon.js';
import { definitionOf } from '../extraction/predicates.js';
import { resolveMentions } from './coreference/resolveMentions.js';
import { nameKey } from './coreference/nameKey.js';
import { ruleContext } from '../extraction/rules/treeRules.js';
import { relatedPairs, treeFacts } from './treeFacts.js';
import { reviewFacts } from './treeReview.js';
import { placeChains } from './placeChains.js';

export interface BuildOptions {
  /** Relations below this confidence are dropped (0–1, default 0). */
  minConfidence?: number;
  /** Counts the work of extraction's hot loops (tests of linear growth). */
  work?: WorkCounter;
  /** Confidence model; default: the shipped calibration (models/confidence.json); null: the rules' own scores. */
  confidenceModel?: ConfidenceModel | null;
}

const NAMED: ReadonlySet<EntityType> = new Set(['PERSON', 'ORGANIZATION', 'GPE', 'LOCATION', 'FACILITY']);

/** Prepositions that never qualify a verb: an of-phrase belongs to a noun phrase, than to a comparison. */
const NON_QUALIFIER_ROLES: ReadonlySet<string> = new Set(['of', 'than']);
const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Qualifier hygiene: a `date` is an ISO date (YYYY-MM-DD, YYYY-MM or YYYY) or is dropped; roles
 * that cannot qualify a verb (of, than) are dropped, and so are bare quantities ("71 percent")
 * outside `date`.
 */
export function cleanQualifiers(q: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(q)) {
    if (NON_QUALIFIER_ROLES.has(k)) continue;
    if (k === 'date') {
      if (ISO_DATE.test(v)) out[k] = v;
      continue;
    }
    if (k !== 'attributedTo' && /^[\d.,]+(?:\s|$)|^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?)\s/i.test(v)) continue;
    out[k] = v;
  }
  return out;
}

interface Out {
  key: string;
  name: string;
  type: EntityType;
  aliases: Set<string>;
  mentions: number;
  firstPos: number;
  used: boolean;
  argumentMentions: number;
  role?: string;
}

interface Merged {
  s: Out;
  o: Out;
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

/** What calibration reads of a fact: its fields in the output contract and its arguments' types. */
export interface CalibrationFact {
  predicate: string;
  /** The rules' own score. */
  confidence: number;
  evidence: readonly unknown[];
  qualifiers: Readonly<Record<string, string>>;
  negated?: boolean;
  modality?: Modality;
}

/** The calibration features of a fact (the same for fitting, `npm run calibrate`, and for use). */
export function featuresOfFact(f: CalibrationFact, subjectType: EntityType, objectType: EntityType): FeatureVector {
  const known = definitionOf(f.predicate) !== undefined || loadPredicateLexicon().definitionOf(f.predicate) !== undefined;
  return factFeatures({
    predicate: f.predicate, ruleScore: f.confidence, subjectType, objectType, evidence: f.evidence.length,
    qualifiers: f.qualifiers, negated: f.negated === true, modality: f.modality ?? 'asserted', knownPredicate: known,
  });
}

/** Gives every merged fact its calibrated confidence and drops those below `minConfidence`. */
function calibrate(merged: Map<string, Merged>, model: ConfidenceModel | null, minConfidence: number): void {
  for (const [key, m] of merged) {
    if (model !== null) m.confidence = applyConfidence(model, featuresOfFact(m, m.s.type, m.o.type));
    if (m.confidence < minConfidence) merged.delete(key);
  }
}

/** The merged facts between kept entities, in text order, as the output contract's relations. */
function outputRelations(merged: ReadonlyMap<string, Merged>, ids: ReadonlyMap<Out, string>): ExtractedRelation[] {
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

export function buildArticleExtraction(article: Article, options: BuildOptions = {}): ArticleExtraction {
  if (article === null || typeof article !== 'object' || typeof article.text !== 'string') {
    throw new ExtractionError(`buildArticleExtraction expects an article with a text string, found ${describeValue(article)}`);
  }
  const minConfidence = options.minConfidence ?? 0;
  if (!(minConfidence >= 0 && minConfidence <= 1)) {
    throw new ExtractionError(`minConfidence expects a number from 0 to 1, found ${describeValue(options.minConfidence)}`);
  }
  const work = options.work ?? newWorkCounter();
  const doc = analyzeText(article.text);
  const models = getSyntaxModels();
  const isFirstName = (word: string): boolean => models.gazetteer.has('firstName', word);
  const { mentions, aliases } = findMentions(doc, { title: article.title, work, isFirstName });
  const trees = parseDocument(doc, models);
  applyTaggerTypes(mentions, trees, models.gazetteer);
  const coref = resolveMentions(mentions, aliases, work);
  const found = findRelations(doc, mentions, coref, { publishedAt: article.publishedAt, title: article.title, work });
  const rules = ruleContext(doc, trees, mentions, article.publishedAt);
  const raw = reviewFacts(found, rules, coref);
  raw.push(...treeFacts(rules, coref, relatedPairs(raw)));
  raw.push(...placeChains(raw));

  // Entities: clusters plus things named only by relation frames.
  const outs: Out[] = [];
  const byCluster = new Map<number, Out>();
  const byThing = new Map<string, Out>();
  // Fuller forms ("President Lincoln", "Bethany, Conn.") are aliases: ways the text names the entity.
  const fullForms = (ms: readonly number[]): string[] => ms.flatMap((mi) => mentions[mi]!.fullForm ?? []);
  for (const c of coref.clusters) {
    if (c.mentions.length === 0) continue;
    const first = mentions[c.mentions[0]!]!;
    const argMentions = c.mentions.filter((mi) => !mentions[mi]!.modifier).length;
    const o: Out = {
      key: c.isThing ? `thing:${nameKey(c.name)}` : `c${c.id}`,
      name: c.name,
      type: c.type,
      aliases: new Set([...c.forms.keys(), ...fullForms(c.mentions)].filter((f) => f !== c.name)),
      mentions: c.mentions.length,
      firstPos: first.start,
      used: false,
      argumentMentions: argMentions,
      ...(c.roles[0] ? { role: c.roles[0].title } : {}),
    };
    if (c.isThing) {
      const existing = byThing.get(o.key);
      if (existing) {
        existing.mentions += o.mentions;
        for (const a of o.aliases) existing.aliases.add(a);
        byCluster.set(c.id, existing);
        continue;
      }
      byThing.set(o.key, o);
    }
    outs.push(o);
    byCluster.set(c.id, o);
  }
  const sentenceOf = (r: RawRelation): Evidence => {
    const s = doc.sentences[r.sentence]!;
    return { sentence: article.text.slice(s.start, s.end), start: s.start, end: s.end };
  };
  const argOut = (a: Argument, pos: number): Out | undefined => {
    if ('cluster' in a) return byCluster.get(a.cluster);
    const key = `thing:${nameKey(a.thing)}`;
    let o = byThing.get(key);
    if (!o) {
      o = { key, name: a.thing, type: a.type, aliases: new Set(), mentions: 1, firstPos: pos, used: false, argumentMentions: 1 };
      byThing.set(key, o);
      outs.push(o);
    }
    return o;
  };

  const merged = new Map<string, Merged>();
  for (const r of raw) {
    const pos = doc.tokens[doc.sentences[r.sentence]!.first]!.index;
    const s = argOut(r.subject, pos);
    const o = argOut(r.object, pos);
    if (!s || !o || s === o) continue;
    const proper = (x: Out): boolean => NAMED.has(x.type) || !x.key.startsWith('thing:');
    if (!proper(s) && !proper(o) && r.predicate !== 'LOCATED_IN') {
      // Relations between two common-noun things carry little news value (a named work or award is no common noun).
      continue;
    }
    const key = `${s.key}\u0000${r.predicate}\u0000${o.key}\u0000${r.negated}`;
    const ev = sentenceOf(r);
    const existing = merged.get(key);
    if (existing) {
      work.units++;
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
      continue;
    }
    merged.set(key, { s, o, predicate: r.predicate, verb: r.verb, qualifiers: cleanQualifiers(r.qualifiers), confidence: r.confidence, evidence: [ev], evidenceStarts: new Set([ev.start]), negated: r.negated, modality: r.modality });
  }
  calibrate(merged, options.confidenceModel === undefined ? getConfidenceModel() : options.confidenceModel, minConfidence);
  for (const m of merged.values()) {
    m.s.used = true;
    m.o.used = true;
  }

  const kept = outs.filter((o) => o.used || (NAMED.has(o.type) && o.argumentMentions > 0) || (!NAMED.has(o.type) && o.type !== 'OTHER'));
  kept.sort((a, b) => a.firstPos - b.firstPos || a.name.localeCompare(b.name));
  const ids = new Map<Out, string>();
  const entities: ExtractedEntity[] = kept.map((o, i) => {
    const id = `e${i + 1}`;
    ids.set(o, id);
    const e: ExtractedEntity = { id, name: o.name, type: o.type, aliases: [...o.aliases].sort(), mentions: o.mentions };
    if (o.role) e.attributes = { role: o.role };
    return e;
  });
  const relations = outputRelations(merged, ids);
  return { id: article.id, source: article.source, title: article.title, publishedAt: article.publishedAt, entities, relations, text: article.text };
}
