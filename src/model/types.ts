/**
 * Plain data types shared by every stage. No behaviour lives here.
 *
 * Flow: RawArticle (sources) → ArticleExtraction (extraction + within-article resolution,
 * the `extract --format json` contract) → ArticleGraph (canonical keys, ready for a store)
 * → Stored* (what stores return).
 */

export const ENTITY_TYPES = [
  'PERSON',
  'ORGANIZATION',
  'GPE',
  'LOCATION',
  'FACILITY',
  'WEAPON',
  'VEHICLE',
  'EVENT',
  'OTHER',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

/** An article after reading and cleaning (sources/). `text` is the cleaned text all offsets refer to. */
export interface Article {
  id: string;
  /** File path, URL, `stdin`, or `path.ndjson:LINE`. */
  source: string;
  title: string | null;
  /** ISO date `YYYY-MM-DD`, when known. */
  publishedAt: string | null;
  text: string;
}

/** A sentence that supports a fact; start/end are character offsets into the cleaned article text. */
export interface Evidence {
  sentence: string;
  start: number;
  end: number;
}

export type Modality = 'asserted' | 'planned' | 'reported' | 'possible';

/** Entity as reported by `extract` (ids local to one article: e1, e2 …). */
export interface ExtractedEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  /** Optional attributes such as `role` ("President"). */
  attributes?: Record<string, string>;
}

/** Relation as reported by `extract`; subject/object are ExtractedEntity ids of the same article. */
export interface ExtractedRelation {
  subject: string;
  predicate: string;
  verb: string;
  object: string;
  qualifiers: Record<string, string>;
  confidence: number;
  evidence: Evidence[];
  negated?: boolean;
  modality?: Modality;
}

/** One article in the extraction output contract (architecture.md). */
export interface ArticleExtraction {
  id: string;
  source: string;
  title: string | null;
  publishedAt: string | null;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  /** The cleaned text the evidence offsets refer to. */
  text: string;
}

export interface ExtractionOutput {
  articles: ArticleExtraction[];
}

/* ───────────── store input: one article's contribution with canonical keys ───────────── */

export interface ArticleMeta {
  id: string;
  title: string | null;
  source: string;
  publishedAt: string | null;
  /** Content hash of the article text and its extraction; equal hash ⇒ re-ingest is a no-op. */
  hash: string;
}

export interface GraphEntity {
  /** Canonical unique key (resolution/keys.ts). */
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Mentions in this article. */
  mentions: number;
}

export interface GraphFact {
  /** Stable key of the fact: same subject/predicate/object/polarity ⇒ same key across articles. */
  key: string;
  subject: string;
  predicate: string;
  verb: string;
  object: string;
  qualifiers: Record<string, string>;
  confidence: number;
  negated: boolean;
  modality: Modality;
  evidence: Evidence[];
}

/** Everything one article contributes to the graph. Stores replace it atomically. */
export interface ArticleGraph {
  article: ArticleMeta;
  /** The cleaned text (kept for export and evidence display). */
  text: string;
  entities: GraphEntity[];
  facts: GraphFact[];
}

/* ───────────── store output ───────────── */

export interface StoredArticle extends ArticleMeta {
  entityCount: number;
  factCount: number;
}

export interface StoredEntity {
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Sum of mentions over all articles. */
  mentionCount: number;
  articleIds: string[];
}

export interface StoredEvidence extends Evidence {
  articleId: string;
}

/** A fact merged over every article that states it. */
export interface StoredFact {
  key: string;
  subject: string;
  predicate: string;
  verb: string;
  object: string;
  qualifiers: Record<string, string>;
  /** Highest confidence over the contributing articles. */
  confidence: number;
  negated: boolean;
  modality: Modality;
  articleIds: string[];
  evidence: StoredEvidence[];
}

export interface GraphStats {
  articles: number;
  entities: number;
  relations: number;
}

export type UpsertStatus = 'created' | 'updated' | 'unchanged';

export interface UpsertResult {
  id: string;
  status: UpsertStatus;
}
