/**
 * One article → the extraction contract (architecture.md): mentions → within-article
 * resolution → relation frames → entities e1… and merged relations with evidence offsets.
 */
import type { Article, ArticleExtraction } from '../model/types.js';
import { ExtractionError, describeValue } from '../errors.js';
import { analyzeText, type AnalyzedText } from '../nlp/nlp.js';
import type { Mention } from '../extraction/mentions/Mention.js';
import { findMentions } from '../extraction/mentions/findMentions.js';
import { applyTaggerTypes } from '../extraction/mentions/taggerTypes.js';
import { parseDocument } from '../extraction/parseDocument.js';
import { getSyntaxModels } from '../syntax/SyntaxModels.js';
import { findRelations } from '../extraction/frames/findRelations.js';
import type { RawRelation } from '../extraction/frames/RawRelation.js';
import { newWorkCounter, type WorkCounter } from '../extraction/WorkCounter.js';
import type { ConfidenceModel } from '../extraction/confidence.js';
import { getConfidenceModel } from '../extraction/confidenceModel.js';
import type { Coreference } from './coreference/EntityCluster.js';
import { resolveMentions } from './coreference/resolveMentions.js';
import { ruleContext } from '../extraction/rules/treeRules.js';
import { relatedPairs, treeFacts } from './treeFacts.js';
import { reviewFacts } from './treeReview.js';
import { placeChains } from './placeChains.js';
import { withPossibleHolders } from './holderTypes.js';
import { TreePronouns } from './treePronouns.js';
import { descriptionFacts } from './descriptionFacts.js';
import { clusterEntities, outputEntities } from './articleEntities.js';
import { calibrateFacts, mergeFacts, outputRelations } from './mergeFacts.js';

export interface BuildOptions {
  /** Relations below this confidence are dropped (0–1, default 0). */
  minConfidence?: number;
  /** Counts the work of extraction's hot loops (tests of linear growth). */
  work?: WorkCounter;
  /** Confidence model; default: the shipped calibration (models/confidence.json); null: the rules' own scores. */
  confidenceModel?: ConfidenceModel | null;
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
  const { doc, mentions, coref, raw } = rawFacts(article, work);
  // Entities: clusters plus things named only by relation frames.
  const ents = clusterEntities(coref, mentions);
  const merged = mergeFacts(raw, doc, article.text, ents, work);
  calibrateFacts(merged, options.confidenceModel === undefined ? getConfidenceModel() : options.confidenceModel, minConfidence);
  const { entities, ids } = outputEntities(ents.outs);
  const relations = outputRelations(merged, ids);
  return { id: article.id, source: article.source, title: article.title, publishedAt: article.publishedAt, entities, relations, text: article.text };
}

/** The article's analysis: mentions and their resolution, and the facts of the frames, the tree rules and place chains. */
function rawFacts(article: Article, work: WorkCounter): { doc: AnalyzedText; mentions: Mention[]; coref: Coreference; raw: RawRelation[] } {
  const doc = analyzeText(article.text);
  const models = getSyntaxModels();
  const isFirstName = (word: string): boolean => models.gazetteer.has('firstName', word);
  const { mentions, aliases } = findMentions(doc, { title: article.title, work, isFirstName });
  const trees = parseDocument(doc, models);
  applyTaggerTypes(mentions, trees, models.gazetteer);
  const coref = resolveMentions(mentions, aliases, work);
  const rules = ruleContext(doc, trees, mentions, article.publishedAt);
  // (Possessives only: the frames retype entities, and the tree facts read pronouns after them.)
  const possessives = new TreePronouns(rules, coref).possessives();
  const found = findRelations(doc, mentions, coref, { publishedAt: article.publishedAt, title: article.title, work, pronouns: possessives });
  const raw = reviewFacts(found, rules, coref);
  raw.push(...treeFacts(rules, coref, relatedPairs(raw)));
  raw.push(...descriptionFacts(mentions, coref));
  raw.push(...placeChains(raw));
  return { doc, mentions, coref, raw: withPossibleHolders(raw, coref) };
}
