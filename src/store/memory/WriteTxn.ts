/**
 * One write transaction of the embedded store: upserts and deletes of articles, then `flush`
 * writes every aggregate they touched and keeps the LMDB indexes (layout.ts) in step. Runs
 * inside `transactionSync`, so its reads see its own writes and a crash leaves either all of
 * it or nothing. Writes touch O(1) entries per entity and fact of an article, however many
 * articles already mention them (a name re-election reads the entity's articles).
 */
import { StoreError } from '../../errors.js';
import type { ArticleGraph, EntityType, UpsertStatus } from '../../model/types.js';
import { normalizeName } from '../../resolution/keys.js';
import { dbKey } from './dbKey.js';
import {
  moveEntityEntries,
  putEntity,
  putFactEntries,
  removeEntity,
  removeFactEntries,
  sortedIndexWrites,
  type IndexedEntity,
  type IndexWrites,
} from './indexEntries.js';
import { keyCodec } from './keyCodec.js';
import { CODECS, COUNT, articleOrderKey, type Dbs, type Key } from './layout.js';
import {
  articleFromRow,
  articleRecord,
  articleRow,
  betterName,
  entityFromRow,
  entityType,
  factArtRecord,
  factFromRow,
  factRow,
  type ArticleRec,
  type EntityAgg,
  type FactAgg,
  type FactArtRec,
  type FactRow,
} from './records.js';
import { SortedWrites, orderOf } from './sortedWrites.js';

/** How `factArts` keys ([fact id, article seq], lmdb-js's default key encoding) sort. */
const FACT_ART_ORDER = orderOf<[number, number]>(keyCodec(['u32', 'u32']));

/** An entity aggregate being changed, with what the indexes hold for it (null: not stored yet). */
interface EntityWork {
  id: number;
  key: string;
  before: IndexedEntity | null;
  name: string;
  nameMentions: number;
  mentionCount: number;
  articleCount: number;
  typeMentions: Map<EntityType, number>;
  aliasRefs: Map<string, number>;
  outFacts: number;
  inFacts: number;
  selfFacts: number;
  /** The name's article left: re-elect the name from the remaining contributions. */
  needsName: boolean;
}

/** What the indexes hold for a fact: its identity. */
interface FactIdentity {
  id: number;
  key: string;
  s: string;
  p: string;
  o: string;
}

interface FactWork {
  agg: FactAgg;
  before: FactIdentity | null;
  /** The highest-confidence article left: recompute the maximum. */
  needsConfidence: boolean;
}

function bump<K>(map: Map<K, number>, key: K, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n > 0) map.set(key, n);
  else map.delete(key);
}

function uniqueNormalized(names: Iterable<string>): string[] {
  return [...new Set([...names].map(normalizeName))];
}

function toWork(agg: EntityAgg): EntityWork {
  const typeMentions = new Map(agg.typeMentions);
  const aliasRefs = new Map(agg.aliasRefs);
  return {
    ...agg,
    typeMentions,
    aliasRefs,
    before: { mentionCount: agg.mentionCount, type: entityType(agg.typeMentions), names: uniqueNormalized(aliasRefs.keys()) },
    needsName: false,
  };
}

function toAgg(w: EntityWork): EntityAgg {
  return {
    id: w.id,
    key: w.key,
    name: w.name,
    nameMentions: w.nameMentions,
    mentionCount: w.mentionCount,
    articleCount: w.articleCount,
    typeMentions: [...w.typeMentions],
    aliasRefs: [...w.aliasRefs],
    outFacts: w.outFacts,
    inFacts: w.inFacts,
    selfFacts: w.selfFacts,
  };
}

const sameIdentity = (a: FactIdentity, b: FactIdentity): boolean => a.s === b.s && a.p === b.p && a.o === b.o;

export class WriteTxn {
  private readonly entities = new Map<string, EntityWork | null>();
  private readonly facts = new Map<string, FactWork | null>();
  /** Entity–article links added (true) or removed (false), in write order. */
  private readonly mentions: [entityKey: string, seq: number, articleId: string, added: boolean][] = [];
  private readonly counts = new Map<string, number>();
  private nextEntityId: number;
  private nextFactId: number;
  private nextArticleSeq: number;
  /*
   * Writes to sub-databases spread over the whole file, buffered and applied in key order
   * (sortedWrites.ts): factArts before flushFacts reads contributions back, mentions before a
   * name re-election reads them, the rest when the flush ends. Never read before applied.
   */
  private readonly index: IndexWrites & { apply(): void };
  private readonly factArts: SortedWrites<[number, number], FactArtRec>;
  private readonly mentionWrites: SortedWrites<Key, string>;
  private readonly factRows: SortedWrites<number, FactRow>;

  constructor(private readonly dbs: Dbs) {
    this.index = sortedIndexWrites(dbs);
    this.factArts = new SortedWrites(dbs.factArts, FACT_ART_ORDER);
    this.mentionWrites = new SortedWrites(dbs.mentions, orderOf(CODECS.mentions));
    this.factRows = new SortedWrites(dbs.facts, orderOf<number>());
    this.nextEntityId = this.counter(COUNT.nextEntityId);
    this.nextFactId = this.counter(COUNT.nextFactId);
    this.nextArticleSeq = this.counter(COUNT.nextArticleSeq);
  }

  private counter(name: string): number {
    return this.dbs.counters.get(name) ?? 0;
  }

  private add(name: string, by: number): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + by);
  }

  /* ───────────── articles ───────────── */

  upsert(graph: ArticleGraph): UpsertStatus {
    const id = graph.article.id;
    const old = this.article(id);
    if (old && old.hash === graph.article.hash) return 'unchanged';
    if (old) this.removeArticle(old);
    const rec = articleRecord(graph, this.nextArticleSeq++);
    this.addContribution(rec, graph);
    this.dbs.articles.putSync(dbKey(id), articleRow(rec));
    this.dbs.texts.putSync(dbKey(id), graph.text);
    this.dbs.articleOrder.putSync(articleOrderKey(rec.publishedAt, id), id);
    this.add(COUNT.articles, 1);
    return old ? 'updated' : 'created';
  }

  private article(id: string): ArticleRec | undefined {
    const row = this.dbs.articles.get(dbKey(id));
    return row === undefined ? undefined : articleFromRow(row);
  }

  delete(id: string): boolean {
    const old = this.article(id);
    if (!old) return false;
    this.removeArticle(old);
    this.dbs.articles.removeSync(dbKey(id));
    this.dbs.texts.removeSync(dbKey(id));
    return true;
  }

  private removeArticle(old: ArticleRec): void {
    this.removeContribution(old);
    this.dbs.articleOrder.removeSync(articleOrderKey(old.publishedAt, old.id));
    this.add(COUNT.articles, -1);
  }

  /* ───────────── contributions ───────────── */

  private loadEntity(key: string): EntityWork | null {
    if (this.entities.has(key)) return this.entities.get(key) ?? null;
    const id = this.dbs.entityIds.get([key]);
    const row = id === undefined ? undefined : this.dbs.entityById.get(id);
    const agg = row === undefined ? undefined : entityFromRow(row);
    const work = agg ? toWork(agg) : null;
    this.entities.set(key, work);
    return work;
  }

  private loadFact(key: string): FactWork | null {
    if (this.facts.has(key)) return this.facts.get(key) ?? null;
    const id = this.dbs.factKeys.get([key]);
    const row = id === undefined ? undefined : this.dbs.facts.get(id);
    const agg = row === undefined ? undefined : factFromRow(row);
    const work = agg ? { agg, before: { id: agg.id, key, s: agg.s, p: agg.p, o: agg.o }, needsConfidence: false } : null;
    this.facts.set(key, work);
    return work;
  }

  private removeContribution(old: ArticleRec): void {
    for (const [key, name, type, mentions, aliases] of old.entities) {
      const w = this.loadEntity(key);
      if (!w) continue;
      w.mentionCount -= mentions;
      w.articleCount -= 1;
      if (type !== 'OTHER') bump(w.typeMentions, type, -mentions);
      for (const a of new Set([name, ...aliases])) bump(w.aliasRefs, a, -1);
      // Only the article holding the elected (name, mentions) — or a tie — forces a re-election.
      if (name === w.name && mentions >= w.nameMentions) w.needsName = true;
      this.mentions.push([key, old.seq, old.id, false]);
    }
    for (const [key, confidence] of old.facts) {
      const w = this.loadFact(key);
      if (!w) continue;
      w.agg.n -= 1;
      if (confidence >= w.agg.c) w.needsConfidence = true;
      this.factArts.removeSync([w.agg.id, old.seq]);
    }
  }

  private addContribution(rec: ArticleRec, graph: ArticleGraph): void {
    for (const [key, name, type, mentions, aliases] of rec.entities) {
      let w = this.loadEntity(key);
      if (!w) {
        w = {
          id: this.nextEntityId++,
          key,
          before: null,
          name,
          nameMentions: -1,
          mentionCount: 0,
          articleCount: 0,
          typeMentions: new Map(),
          aliasRefs: new Map(),
          outFacts: 0,
          inFacts: 0,
          selfFacts: 0,
          needsName: false,
        };
        this.entities.set(key, w);
      }
      w.mentionCount += mentions;
      w.articleCount += 1;
      if (type !== 'OTHER') bump(w.typeMentions, type, mentions);
      for (const a of new Set([name, ...aliases])) bump(w.aliasRefs, a, 1);
      if (betterName(name, mentions, w.name, w.nameMentions)) {
        w.name = name;
        w.nameMentions = mentions;
      }
      this.mentions.push([key, rec.seq, rec.id, true]);
    }
    for (const fact of graph.facts) this.addFact(rec, fact);
  }

  private addFact(rec: ArticleRec, fact: ArticleGraph['facts'][number]): void {
    const { key, subject: s, predicate: p, object: o, negated: neg, confidence } = fact;
    let w = this.loadFact(key);
    if (!w || w.agg.n <= 0) {
      const agg: FactAgg = { id: w?.agg.id ?? this.nextFactId++, key, s, p, o, neg, c: 0, n: 0 };
      w = { agg, before: w?.before ?? null, needsConfidence: w?.needsConfidence ?? false };
      this.facts.set(key, w);
    } else if (w.agg.s !== s || w.agg.p !== p || w.agg.o !== o || w.agg.neg !== neg) {
      throw new StoreError(
        'CONSTRAINT_VIOLATION',
        `article ${JSON.stringify(rec.id)}: expected fact key ${key} to name (${w.agg.s})-[${w.agg.p}]->(${w.agg.o}) as stored, found (${s})-[${p}]->(${o})`,
        { articleId: rec.id, factKey: key },
      );
    }
    w.agg.n += 1;
    if (confidence > w.agg.c) w.agg.c = confidence;
    this.factArts.putSync([w.agg.id, rec.seq], factArtRecord(rec.id, fact));
  }

  /* ───────────── flush: aggregates and indexes ───────────── */

  /** Writes every touched aggregate and index entry, and the counters. Call once, last. */
  flush(): void {
    this.factArts.apply();
    this.flushMentions();
    this.flushFacts();
    this.flushEntities();
    this.factRows.apply();
    this.index.apply();
    this.add(COUNT.generation, 1);
    for (const [name, by] of this.counts) if (by !== 0) this.dbs.counters.putSync(name, this.counter(name) + by);
    this.dbs.counters.putSync(COUNT.nextEntityId, this.nextEntityId);
    this.dbs.counters.putSync(COUNT.nextFactId, this.nextFactId);
    this.dbs.counters.putSync(COUNT.nextArticleSeq, this.nextArticleSeq);
  }

  private flushMentions(): void {
    for (const [key, seq, articleId, added] of this.mentions) {
      const w = this.entities.get(key);
      if (!w) continue;
      if (added) this.mentionWrites.putSync([w.id, seq], articleId);
      else this.mentionWrites.removeSync([w.id, seq]);
    }
    this.mentionWrites.apply();
  }

  private flushFacts(): void {
    for (const w of this.facts.values()) {
      if (!w) continue;
      const now = w.agg.n > 0 ? w.agg : null;
      if (now && w.needsConfidence) {
        now.c = 0;
        for (const { value } of this.dbs.factArts.getRange({ start: [now.id], end: [now.id + 1] })) if (value[1] > now.c) now.c = value[1];
      }
      if (w.before && (!now || !sameIdentity(w.before, now))) this.unindexFact(w.before);
      if (now && (!w.before || !sameIdentity(w.before, now))) this.indexFact(now);
      if (now) this.factRows.putSync(now.id, factRow(now));
      else if (w.before) this.factRows.removeSync(w.before.id);
    }
  }

  private endpoints(f: FactIdentity): [EntityWork, EntityWork] {
    const s = this.loadEntity(f.s);
    const o = this.loadEntity(f.o);
    if (!s || !o) throw new StoreError('STORE_ERROR', `expected both entities of fact ${f.key} in the store, found ${s ? f.o : f.s} missing`);
    return [s, o];
  }

  private indexFact(f: FactIdentity): void {
    const [s, o] = this.endpoints(f);
    putFactEntries(this.index, f, s.id, o.id);
    s.outFacts += 1;
    o.inFacts += 1;
    if (s === o) s.selfFacts += 1;
    this.add(COUNT.facts, 1);
    this.add(COUNT.predicate(f.p.toUpperCase()), 1);
  }

  private unindexFact(f: FactIdentity): void {
    const [s, o] = this.endpoints(f);
    removeFactEntries(this.index, f, s.id, o.id);
    s.outFacts -= 1;
    o.inFacts -= 1;
    if (s === o) s.selfFacts -= 1;
    this.add(COUNT.facts, -1);
    this.add(COUNT.predicate(f.p.toUpperCase()), -1);
  }

  private flushEntities(): void {
    for (const [key, w] of this.entities) {
      if (!w) continue;
      if (w.articleCount > 0) this.writeEntity(w);
      else if (w.before) this.dropEntity(w, w.before);
      else this.entities.set(key, null);
    }
  }

  /** Re-elects the name from the entity's remaining articles (mentions are already flushed). */
  private electName(w: EntityWork): void {
    w.name = '';
    w.nameMentions = -1;
    for (const { value: articleId } of this.dbs.mentions.getRange({ start: [w.id], end: [w.id + 1] })) {
      const e = this.article(articleId)?.entities.find((x) => x[0] === w.key);
      if (e && betterName(e[1], e[3], w.name, w.nameMentions)) {
        w.name = e[1];
        w.nameMentions = e[3];
      }
    }
    w.needsName = false;
  }

  private writeEntity(w: EntityWork): void {
    if (w.needsName) this.electName(w);
    const agg = toAgg(w);
    const after = { mentionCount: w.mentionCount, type: entityType(agg.typeMentions), names: uniqueNormalized(w.aliasRefs.keys()) };
    putEntity(this.index, agg);
    moveEntityEntries(this.index, w.id, w.key, w.before, after);
    if (!w.before) this.add(COUNT.entities, 1);
    if (w.before?.type !== after.type) {
      if (w.before) this.add(COUNT.type(w.before.type), -1);
      this.add(COUNT.type(after.type), 1);
    }
    w.before = after;
  }

  private dropEntity(w: EntityWork, before: IndexedEntity): void {
    removeEntity(this.index, w.id);
    moveEntityEntries(this.index, w.id, w.key, before, null);
    this.add(COUNT.entities, -1);
    this.add(COUNT.type(before.type), -1);
    w.before = null;
  }
}
