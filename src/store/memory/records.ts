/**
 * Serialised record shapes of the embedded store and the pure functions deriving the public
 * Stored* views from them. Records use arrays rather than objects with data-defined keys, so
 * any string (even `__proto__`) survives msgpack byte-exact.
 */
import {
  ENTITY_TYPES,
  type ArticleGraph,
  type EntityType,
  type Evidence,
  type GraphFact,
  type Modality,
  type StoredArticle,
  type StoredEntity,
  type StoredEvidence,
  type StoredFact,
} from '../../model/types.js';

export type Pairs = [string, string][];
export type EvidenceRec = [sentence: string, start: number, end: number];

/** One article's contribution to a fact (sub-database `factArts`, key [fact id, article seq]). */
export type FactArtRec = [
  articleId: string,
  confidence: number,
  verb: string,
  modality: Modality,
  qualifiers: Pairs,
  evidence: EvidenceRec[],
];

/**
 * Aggregate entity: counters kept incrementally so a write never re-reads the entity's
 * per-article contributions (except to re-elect the name when its article goes away).
 * Format 3 adds the internal id and the fact counts by direction.
 */
export interface EntityAgg {
  /** Internal id (format 3), assigned in creation order: the key of `entityById`, `pairs`, `mentions`. */
  id: number;
  key: string;
  /** Name of the article with most mentions (ties: smaller name). */
  name: string;
  nameMentions: number;
  mentionCount: number;
  articleCount: number;
  /** Mentions per non-OTHER type. */
  typeMentions: [EntityType, number][];
  /** Every name and alias with the number of articles using it. */
  aliasRefs: [string, number][];
  /** Facts with this entity as subject, as object, and both (self-loops). */
  outFacts: number;
  inFacts: number;
  selfFacts: number;
}

/** How `entityById` stores an EntityAgg: a positional array (decodes about twice as fast as an object). */
export type EntityRow = [
  id: number,
  key: string,
  name: string,
  nameMentions: number,
  mentionCount: number,
  articleCount: number,
  typeMentions: [EntityType, number][],
  aliasRefs: [string, number][],
  outFacts: number,
  inFacts: number,
  selfFacts: number,
];

export function entityRow(a: EntityAgg): EntityRow {
  return [a.id, a.key, a.name, a.nameMentions, a.mentionCount, a.articleCount, a.typeMentions, a.aliasRefs, a.outFacts, a.inFacts, a.selfFacts];
}

export function entityFromRow(r: EntityRow): EntityAgg {
  const [id, key, name, nameMentions, mentionCount, articleCount, typeMentions, aliasRefs, outFacts, inFacts, selfFacts] = r;
  return { id, key, name, nameMentions, mentionCount, articleCount, typeMentions, aliasRefs, outFacts, inFacts, selfFacts };
}

/** Format-2 entity aggregate (key of the `entities` sub-database: dbKey(key)). */
export type EntityAggV2 = Omit<EntityAgg, 'id' | 'outFacts' | 'inFacts' | 'selfFacts'>;

/** Facts touching an entity (a self-loop once). */
export function entityDegree(agg: Pick<EntityAgg, 'outFacts' | 'inFacts' | 'selfFacts'>): number {
  return agg.outFacts + agg.inFacts - agg.selfFacts;
}

/** Aggregate fact: identity, highest confidence and number of contributing articles. */
export interface FactAgg {
  /** Internal id, assigned in creation order: the LMDB key, so new facts are appended. */
  id: number;
  key: string;
  s: string;
  p: string;
  o: string;
  neg: boolean;
  c: number;
  n: number;
}

/** One fact between the two entities of a `pairs` key. */
export type PairFact = [factId: number, flags: number, factKey: string, predicate: string];

/** How `factAggs` stores a FactAgg (format 3; format 2 stored objects in `facts`). */
export type FactRow = [id: number, key: string, s: string, p: string, o: string, neg: boolean, c: number, n: number];

export function factRow(f: FactAgg): FactRow {
  return [f.id, f.key, f.s, f.p, f.o, f.neg, f.c, f.n];
}

export function factFromRow(r: FactRow): FactAgg {
  const [id, key, s, p, o, neg, c, n] = r;
  return { id, key, s, p, o, neg, c, n };
}

/**
 * The article's contribution in compact form (text and the per-fact details — verb, modality,
 * qualifiers, evidence — live in `texts` and `factArts`, stored once). Reopening reads only these.
 */
export interface ArticleRec {
  id: string;
  /** Internal sequence number, assigned per write: factArts keys end with it, so new contributions append. */
  seq: number;
  title: string | null;
  source: string;
  publishedAt: string | null;
  hash: string;
  /** [key, name, type, mentions, aliases] */
  entities: [string, string, EntityType, number, string[]][];
  /** [key, confidence]: the fact's identity lives in its aggregate, its details in factArts. */
  facts: [string, number][];
}

/** How `articleRecs` stores an ArticleRec (format 3; format 2 stored objects in `articles`). */
export type ArticleRow = [
  id: string,
  seq: number,
  title: string | null,
  source: string,
  publishedAt: string | null,
  hash: string,
  entities: ArticleRec['entities'],
  facts: ArticleRec['facts'],
];

export function articleRow(a: ArticleRec): ArticleRow {
  return [a.id, a.seq, a.title, a.source, a.publishedAt, a.hash, a.entities, a.facts];
}

export function articleFromRow(r: ArticleRow): ArticleRec {
  const [id, seq, title, source, publishedAt, hash, entities, facts] = r;
  return { id, seq, title, source, publishedAt, hash, entities, facts };
}

export function toPairs(record: Record<string, string>): Pairs {
  return Object.entries(record);
}

/** Builds an object from pairs without prototype surprises (`__proto__` becomes an own key). */
export function fromPairs(pairs: Pairs): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of pairs) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

const evidenceRec = (e: Evidence): EvidenceRec => [e.sentence, e.start, e.end];

/** One fact's contribution record (without the article's seq, which is part of the key). */
export function factArtRecord(articleId: string, f: GraphFact): FactArtRec {
  return [articleId, f.confidence, f.verb, f.modality, toPairs(f.qualifiers), f.evidence.map(evidenceRec)];
}

/** Converts a (normalised) ArticleGraph into its record. */
export function articleRecord(graph: ArticleGraph, seq: number): ArticleRec {
  const a = graph.article;
  return {
    id: a.id,
    seq,
    title: a.title,
    source: a.source,
    publishedAt: a.publishedAt,
    hash: a.hash,
    entities: graph.entities.map((e) => [e.key, e.name, e.type, e.mentions, e.aliases]),
    facts: graph.facts.map((f) => [f.key, f.confidence]),
  };
}

export function storedArticle(rec: ArticleRec): StoredArticle {
  return {
    id: rec.id,
    title: rec.title,
    source: rec.source,
    publishedAt: rec.publishedAt,
    hash: rec.hash,
    entityCount: rec.entities.length,
    factCount: rec.facts.length,
  };
}

/** Code-unit order, the one string order used for every sort of the embedded store. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Entity order: mentionCount desc, then key. */
export function compareEntities(a: Pick<EntityAggV2, 'mentionCount' | 'key'>, b: Pick<EntityAggV2, 'mentionCount' | 'key'>): number {
  return b.mentionCount - a.mentionCount || compareStrings(a.key, b.key);
}

/** Article order: publishedAt desc (nulls last), then id. */
export function compareArticles(a: Pick<StoredArticle, 'publishedAt' | 'id'>, b: Pick<StoredArticle, 'publishedAt' | 'id'>): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return compareStrings(b.publishedAt, a.publishedAt);
  }
  return compareStrings(a.id, b.id);
}

/** Index of the first element of a sorted array for which `isAfterPivot` holds (binary search). */
export function firstAfter<T>(sorted: readonly T[], isAfterPivot: (item: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isAfterPivot(sorted[mid] as T)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Better name candidate: more mentions, then the smaller name. */
export function betterName(name: string, mentions: number, than: string, thanMentions: number): boolean {
  return mentions > thanMentions || (mentions === thanMentions && compareStrings(name, than) < 0);
}

/** Most frequent non-OTHER type by mentions (ties: ENTITY_TYPES order), else OTHER. */
export function entityType(typeMentions: readonly [EntityType, number][]): EntityType {
  let type: EntityType = 'OTHER';
  let best = 0;
  for (const t of ENTITY_TYPES) {
    const m = typeMentions.find((x) => x[0] === t)?.[1];
    if (m !== undefined && m > best) {
      best = m;
      type = t;
    }
  }
  return type;
}

/** Aliases: every name and alias seen, without the chosen name. */
export function entityAliases(agg: EntityAggV2): string[] {
  return agg.aliasRefs.filter(([a]) => a !== agg.name).map(([a]) => a);
}

/**
 * The public entity. With a function for `articleIds`, the list is read on first access (a
 * hub is mentioned in thousands of articles, and most reads — neighbours, lists, GraphQL —
 * never look at it); it is then the list committed at that moment (Reader reads the lists
 * still unread when the store closes).
 */
export function storedEntity(agg: EntityAggV2, articleIds: string[] | (() => string[])): StoredEntity {
  const [key, name, type, aliases, mentionCount] = [agg.key, agg.name, entityType(agg.typeMentions), entityAliases(agg), agg.mentionCount];
  if (Array.isArray(articleIds)) return { key, name, type, aliases, mentionCount, articleIds };
  let ids: string[] | null = null;
  // An accessor in the literal: an own, enumerable property (JSON, spread and equality see it),
  // about four times cheaper to create than one added by Object.defineProperty.
  return {
    key,
    name,
    type,
    aliases,
    mentionCount,
    get articleIds(): string[] {
      return (ids ??= articleIds().slice());
    },
    set articleIds(value: string[]) {
      ids = value;
    },
  };
}

/** Contributions by confidence desc, then article id: the first one gives verb and modality. */
function rankedArts(arts: readonly FactArtRec[]): FactArtRec[] {
  return [...arts].sort((x, y) => y[1] - x[1] || compareStrings(x[0], y[0]));
}

/** What a fact's contributions (factArts) add to its aggregate. */
export type FactDetails = Pick<StoredFact, 'verb' | 'qualifiers' | 'modality' | 'articleIds' | 'evidence'>;

/** Merges a fact's contributions (in article order): evidence of all, qualifiers first-wins by rank. */
export function factDetails(arts: readonly FactArtRec[]): FactDetails {
  const ranked = rankedArts(arts);
  const top = ranked[0];
  const qualifiers: Pairs = [];
  const seen = new Set<string>();
  for (const a of ranked) {
    for (const [k, v] of a[4]) {
      if (!seen.has(k)) {
        seen.add(k);
        qualifiers.push([k, v]);
      }
    }
  }
  const evidence: StoredEvidence[] = [];
  for (const a of arts) for (const [sentence, start, end] of a[5]) evidence.push({ sentence, start, end, articleId: a[0] });
  return { verb: top ? top[2] : '', qualifiers: fromPairs(qualifiers), modality: top ? top[3] : 'asserted', articleIds: arts.map((a) => a[0]), evidence };
}

/** The public fact: the aggregate and the merged details of its contributions. Its confidence is the aggregate's (the highest of its articles: the top contribution's). */
export function storedFact(agg: FactAgg, details: FactDetails): StoredFact {
  const { verb, qualifiers, modality, articleIds, evidence } = details;
  return { key: agg.key, subject: agg.s, predicate: agg.p, verb, object: agg.o, qualifiers, confidence: agg.c, negated: agg.neg, modality, articleIds, evidence };
}
