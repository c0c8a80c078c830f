/**
 * The on-disk layout of the embedded store: data format version, sub-databases and their key
 * schemas, counters. Data format 3 keeps every index in LMDB, so opening reads nothing but
 * this layout (format 2 rebuilt in-memory indexes from all records at every open).
 *
 * Records (`texts` and `factArts` unchanged since format 2, which kept `articles` and `facts`
 * as objects and `entities` by key; positional rows decode about twice as fast):
 * - `articleRecs` dbKey(id) → ArticleRow (compact: entities with names and mentions, fact keys)
 * - `texts`       dbKey(id) → cleaned text (compressed)
 * - `factAggs`    fact id → FactRow (ids in creation order, so bulk loads append)
 * - `factArts`    [fact id, article seq] → FactArtRec (verb, qualifiers, evidence of one article)
 * Indexes (keyCodec keys unless noted):
 * - `entityById`  entity id (uint32) → EntityRow (an EntityAgg as an array)
 * - `nodes`       entity id (uint32) → mentionCount, fact count, key in 12 + n bytes (nodeRecord.ts):
 *                 what traversals read of every entity they pass
 * - `entityIds`   [key] → entity id
 * - `entityOrder` [mentionCount desc, key] → entity id           (the entity list order)
 * - `typeOrder`   [type, mentionCount desc, key] → entity id     (the list filtered by type)
 * - `names`       [normalised name or alias, entity id] → 1      (name lookup, search)
 * - `mentions`    [entity id, article seq] → article id          (Entity.articleIds)
 * - `factKeys`    [fact key] → fact id                           (lookup and key order)
 * - `byPredicate` [PREDICATE, fact key] → fact id
 * - `pairs`       [entity id, other id] → PairFact [fact id, AS_SUBJECT|AS_OBJECT, fact key,
 *                 PREDICATE], one duplicate per fact (dupSort): adjacency, an entity's facts
 * - `articleOrder`[undated, publishedAt desc, id] → article id   (the article list order)
 * - `counters`    name → number (totals, per type, per predicate, next ids)
 * Ranges over the keyCodec sub-databases always give `start` (`{ start: [] }` for all):
 * without it lmdb-js starts at its default key, byte 5, and would skip most entries. Range
 * option objects are never shared: lmdb-js writes into them (getCount sets `onlyCount`).
 */
import type { Database, DatabaseOptions, RootDatabase } from 'lmdb';
import { ENTITY_TYPES, type EntityType } from '../../model/types.js';
import { keyCodec, type KeyCodec, type KeyPart } from './keyCodec.js';
import type { ArticleRow, EntityRow, FactArtRec, FactRow, PairFact } from './records.js';

export const FORMAT = 3;
export const FORMAT_KEY = 'newsgraph:format';
/** Sub-databases of format 2 that format 3 replaced (dropped by the migration). */
export const FORMAT2_ONLY = ['entities', 'aliases', 'facts', 'articles'] as const;
export const MAX_DBS = 24;

export type Key = KeyPart[];

/** `pairs` flags: the first entity of the key is the fact's subject, its object (or both: a self-loop). */
export const AS_SUBJECT = 1;
export const AS_OBJECT = 2;

export interface Dbs {
  root: RootDatabase;
  articles: Database<ArticleRow, string>;
  texts: Database<string, string>;
  facts: Database<FactRow, number>;
  factArts: Database<FactArtRec, [number, number]>;
  entityById: Database<EntityRow, number>;
  nodes: Database<Buffer, number>;
  entityIds: Database<number, Key>;
  entityOrder: Database<number, Key>;
  typeOrder: Database<number, Key>;
  names: Database<number, Key>;
  mentions: Database<string, Key>;
  factKeys: Database<number, Key>;
  byPredicate: Database<number, Key>;
  pairs: Database<PairFact, Key>;
  articleOrder: Database<string, Key>;
  counters: Database<number, string>;
}

export const CODECS = {
  entityIds: keyCodec(['str']),
  entityOrder: keyCodec(['ndesc', 'str']),
  typeOrder: keyCodec(['u8', 'ndesc', 'str']),
  names: keyCodec(['str', 'u32']),
  mentions: keyCodec(['u32', 'u32']),
  factKeys: keyCodec(['str']),
  byPredicate: keyCodec(['str', 'str']),
  pairs: keyCodec(['u32', 'u32']),
  articleOrder: keyCodec(['u8', 'desc', 'str']),
} satisfies Record<string, KeyCodec>;

/** Values of `pairs`: sorted duplicates, so they need an order-preserving encoding too. */
const PAIR_FACT = keyCodec(['u32', 'u8', 'str', 'str']);

/** msgpack values (lmdb-js's 'string' encoding would not keep lone surrogates in ids). */
function indexDb<V>(root: RootDatabase, name: keyof typeof CODECS, encoding: DatabaseOptions['encoding'] = 'msgpack'): Database<V, Key> {
  const options: DatabaseOptions & { keyEncoder: KeyCodec } = { encoding, keyEncoder: CODECS[name] };
  return root.openDB<V, Key>(name, options);
}

/** Opens (creating when writable) every sub-database of format 3. */
export function openDbs(root: RootDatabase): Dbs {
  return {
    root,
    articles: root.openDB<ArticleRow, string>('articleRecs', { encoding: 'msgpack' }),
    texts: root.openDB<string, string>('texts', { encoding: 'string', compression: true }),
    facts: root.openDB<FactRow, number>('factAggs', { encoding: 'msgpack' }),
    factArts: root.openDB<FactArtRec, [number, number]>('factArts', { encoding: 'msgpack' }),
    entityById: root.openDB<EntityRow, number>('entityById', { encoding: 'msgpack', keyEncoding: 'uint32' }),
    nodes: root.openDB<Buffer, number>('nodes', { encoding: 'binary', keyEncoding: 'uint32' }),
    entityIds: indexDb(root, 'entityIds'),
    entityOrder: indexDb(root, 'entityOrder'),
    typeOrder: indexDb(root, 'typeOrder'),
    names: indexDb(root, 'names'),
    mentions: indexDb(root, 'mentions'),
    factKeys: indexDb(root, 'factKeys'),
    byPredicate: indexDb(root, 'byPredicate'),
    pairs: root.openDB<PairFact, Key>('pairs', { dupSort: true, keyEncoder: CODECS.pairs, encoder: PAIR_FACT } as DatabaseOptions),
    articleOrder: indexDb(root, 'articleOrder'),
    counters: root.openDB<number, string>('counters', { encoding: 'msgpack' }),
  };
}

/** The sub-databases a migration builds from the format-2 records. */
export const BUILT_BY_MIGRATION = [
  'articles',
  'facts',
  'entityById',
  'nodes',
  'entityIds',
  'entityOrder',
  'typeOrder',
  'names',
  'mentions',
  'factKeys',
  'byPredicate',
  'pairs',
  'articleOrder',
  'counters',
] as const satisfies readonly (keyof Dbs)[];

export function typeIndex(type: EntityType): number {
  return ENTITY_TYPES.indexOf(type);
}

/* ───────────── keys ───────────── */

export const entityOrderKey = (mentionCount: number, key: string): Key => [mentionCount, key];
export const typeOrderKey = (type: EntityType, mentionCount: number, key: string): Key => [typeIndex(type), mentionCount, key];

/** Article order: dated articles first (publishedAt descending), then undated; then id. */
export function articleOrderKey(publishedAt: string | null, id: string): Key {
  return publishedAt === null ? [1, '', id] : [0, publishedAt, id];
}

/* ───────────── counters ───────────── */

export const COUNT = {
  articles: 'articles',
  entities: 'entities',
  facts: 'facts',
  nextEntityId: 'nextEntityId',
  nextFactId: 'nextFactId',
  nextArticleSeq: 'nextArticleSeq',
  /** Bumped by every write transaction. */
  generation: 'generation',
  type: (type: EntityType): string => `type:${type}`,
  predicate: (predicate: string): string => `pred:${predicate}`,
} as const;

/** Bounds of the predicate counters (copy before use: lmdb-js writes into range options). */
export const PREDICATE_COUNTS: { readonly start: string; readonly end: string } = { start: 'pred:', end: 'pred;' };
