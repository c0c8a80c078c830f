/**
 * A naive in-memory GraphStore for GraphQL unit tests (no persistence, linear scans).
 * It follows the documented port semantics closely enough for resolver tests; the e2e test
 * uses the real embedded store.
 */
import { QueryError } from '../../../src/errors.js';
import type { ArticleGraph, GraphStats, StoredArticle, StoredEntity, StoredFact, UpsertResult } from '../../../src/model/types.js';
import { normalizeName } from '../../../src/resolution/keys.js';
import type {
  ArticleMention,
  ArticleQuery,
  Connection,
  Cooccurrence,
  CooccurrenceQuery,
  EntityQuery,
  GraphStore,
  NeighborResult,
  PageArgs,
  PathResult,
  PredicateCount,
  RelationQuery,
  TimelineEntry,
  TimelineQuery,
} from '../../../src/store/GraphStore.js';

function paginate<T>(items: T[], args: PageArgs, id: (t: T) => string): Connection<T> {
  let start = 0;
  if (args.after) {
    const decoded = Buffer.from(args.after, 'base64url').toString('utf8');
    const idx = items.findIndex((t) => id(t) === decoded);
    if (!decoded || idx < 0) throw new QueryError('BAD_USER_INPUT', `after expects a cursor returned by a previous page, found ${args.after}`);
    start = idx + 1;
  }
  const slice = items.slice(start, start + args.first);
  const edges = slice.map((node) => ({ cursor: Buffer.from(id(node), 'utf8').toString('base64url'), node }));
  return {
    edges,
    pageInfo: { hasNextPage: start + args.first < items.length, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: items.length,
  };
}

export class FakeStore implements GraphStore {
  readonly description = 'fake (memory)';
  private graphs = new Map<string, ArticleGraph>();
  calls: Record<string, number> = {};

  private count(name: string): void {
    this.calls[name] = (this.calls[name] ?? 0) + 1;
  }

  async upsertArticles(graphs: ArticleGraph[]): Promise<UpsertResult[]> {
    return graphs.map((g) => {
      const old = this.graphs.get(g.article.id);
      this.graphs.set(g.article.id, g);
      return { id: g.article.id, status: !old ? 'created' : old.article.hash === g.article.hash ? 'unchanged' : 'updated' };
    });
  }
  async deleteArticle(id: string): Promise<boolean> {
    return this.graphs.delete(id);
  }

  private articlesSorted(): StoredArticle[] {
    return [...this.graphs.values()]
      .map((g) => ({ ...g.article, entityCount: g.entities.length, factCount: g.facts.length }))
      .sort((a, b) => {
        if (a.publishedAt !== b.publishedAt) {
          if (a.publishedAt === null) return 1;
          if (b.publishedAt === null) return -1;
          return a.publishedAt < b.publishedAt ? 1 : -1;
        }
        return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      });
  }
  private entitiesSorted(): StoredEntity[] {
    const map = new Map<string, StoredEntity>();
    for (const g of this.graphs.values()) {
      for (const e of g.entities) {
        const cur = map.get(e.key) ?? { key: e.key, name: e.name, type: e.type, aliases: [], mentionCount: 0, articleIds: [] };
        cur.mentionCount += e.mentions;
        cur.articleIds.push(g.article.id);
        for (const a of e.aliases) if (!cur.aliases.includes(a)) cur.aliases.push(a);
        map.set(e.key, cur);
      }
    }
    return [...map.values()].sort((a, b) => b.mentionCount - a.mentionCount || (a.key < b.key ? -1 : 1));
  }
  private factsSorted(): StoredFact[] {
    const map = new Map<string, StoredFact>();
    for (const g of this.graphs.values()) {
      for (const f of g.facts) {
        const cur = map.get(f.key) ?? { ...f, qualifiers: { ...f.qualifiers }, articleIds: [], evidence: [] };
        cur.confidence = Math.max(cur.confidence, f.confidence);
        Object.assign(cur.qualifiers, f.qualifiers);
        cur.articleIds.push(g.article.id);
        cur.evidence.push(...f.evidence.map((e) => ({ ...e, articleId: g.article.id })));
        map.set(f.key, cur);
      }
    }
    return [...map.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    this.count('getArticle');
    return this.articlesSorted().find((a) => a.id === id) ?? null;
  }
  async getArticleText(id: string): Promise<string | null> {
    return this.graphs.get(id)?.text ?? null;
  }
  async listArticles(args: PageArgs): Promise<Connection<StoredArticle>> {
    return paginate(this.articlesSorted(), args, (a) => a.id);
  }
  async entityArticles(key: string): Promise<StoredArticle[]> {
    return this.articlesSorted().filter((a) => this.graphs.get(a.id)!.entities.some((e) => e.key === key));
  }
  async getEntity(key: string): Promise<StoredEntity | null> {
    this.count('getEntity');
    return this.entitiesSorted().find((e) => e.key === key) ?? null;
  }
  async getEntities(keys: readonly string[]): Promise<(StoredEntity | null)[]> {
    this.count('getEntities');
    const all = this.entitiesSorted();
    return keys.map((k) => all.find((e) => e.key === k) ?? null);
  }
  async findEntity(name: string): Promise<StoredEntity | null> {
    const n = normalizeName(name);
    return this.entitiesSorted().find((e) => normalizeName(e.name) === n || e.aliases.some((a) => normalizeName(a) === n)) ?? null;
  }
  async searchEntities(q: EntityQuery): Promise<Connection<StoredEntity>> {
    const s = q.search ? normalizeName(q.search) : null;
    const items = this.entitiesSorted().filter(
      (e) => (!q.type || e.type === q.type) && (!s || [e.name, ...e.aliases].some((n) => normalizeName(n).includes(s))),
    );
    return paginate(items, q, (e) => e.key);
  }
  async getFact(key: string): Promise<StoredFact | null> {
    return this.factsSorted().find((f) => f.key === key) ?? null;
  }
  async relations(q: RelationQuery): Promise<Connection<StoredFact>> {
    const subj = q.subject ? await this.findEntity(q.subject) : null;
    const obj = q.object ? await this.findEntity(q.object) : null;
    if ((q.subject && !subj) || (q.object && !obj)) return paginate([], q, (f: StoredFact) => f.key);
    const dir = q.direction ?? 'BOTH';
    const items = this.factsSorted().filter(
      (f) =>
        (!subj || f.subject === subj.key) &&
        (!obj || f.object === obj.key) &&
        (!q.predicate || f.predicate === q.predicate.toUpperCase()) &&
        (!q.predicates || q.predicates.length === 0 || q.predicates.some((p) => p.toUpperCase() === f.predicate)) &&
        (!q.articleId || f.articleIds.includes(q.articleId)) &&
        (q.minConfidence == null || f.confidence >= q.minConfidence) &&
        (!q.entityKey ||
          (dir !== 'IN' && f.subject === q.entityKey) ||
          (dir !== 'OUT' && f.object === q.entityKey)),
    );
    return paginate(items, q, (f) => f.key);
  }
  async neighbors(key: string, depth: number, first: number): Promise<NeighborResult[]> {
    const facts = this.factsSorted();
    const entities = new Map(this.entitiesSorted().map((e) => [e.key, e]));
    const seen = new Set([key]);
    const out: NeighborResult[] = [];
    let frontier = [key];
    for (let d = 1; d <= depth; d++) {
      const next: string[] = [];
      for (const k of frontier) {
        for (const f of facts) {
          const other = f.subject === k ? f.object : f.object === k ? f.subject : null;
          if (other && !seen.has(other)) {
            seen.add(other);
            next.push(other);
            out.push({ entity: entities.get(other)!, distance: d, via: f });
          }
        }
      }
      frontier = next;
    }
    return out.slice(0, first);
  }
  async shortestPath(fromKey: string, toKey: string, maxHops: number): Promise<PathResult | null> {
    const facts = this.factsSorted();
    const entities = new Map(this.entitiesSorted().map((e) => [e.key, e]));
    const prev = new Map<string, { from: string; fact: StoredFact } | null>([[fromKey, null]]);
    let frontier = [fromKey];
    for (let d = 0; d < maxHops && !prev.has(toKey); d++) {
      const next: string[] = [];
      for (const k of frontier) {
        for (const f of facts) {
          const other = f.subject === k ? f.object : f.object === k ? f.subject : null;
          if (other && !prev.has(other)) {
            prev.set(other, { from: k, fact: f });
            next.push(other);
          }
        }
      }
      frontier = next;
    }
    if (!prev.has(toKey)) return null;
    const keys = [toKey];
    const rels: StoredFact[] = [];
    for (let step = prev.get(toKey); step; step = prev.get(step.from)) {
      keys.unshift(step.from);
      rels.unshift(step.fact);
    }
    return { length: rels.length, entities: keys.map((k) => entities.get(k)!), relations: rels };
  }
  async stats(): Promise<GraphStats> {
    return { articles: this.graphs.size, entities: this.entitiesSorted().length, relations: this.factsSorted().length };
  }
  async searchArticles(q: ArticleQuery): Promise<Connection<StoredArticle>> {
    const inRange = (d: string | null): boolean =>
      (!q.since && !q.until) || (d !== null && (!q.since || d >= q.since) && (!q.until || d <= q.until));
    const needle = q.search ? q.search.toLowerCase() : null;
    const items = this.articlesSorted().filter((a) => {
      const g = this.graphs.get(a.id)!;
      return (
        inRange(a.publishedAt) &&
        (!q.entityKey || g.entities.some((e) => e.key === q.entityKey)) &&
        (!needle || (a.title ?? '').toLowerCase().includes(needle) || g.text.toLowerCase().includes(needle))
      );
    });
    return paginate(items, q, (a) => a.id);
  }
  async articleEntities(articleId: string): Promise<ArticleMention[]> {
    this.count('articleEntities');
    const g = this.graphs.get(articleId);
    if (!g) return [];
    const all = this.entitiesSorted();
    return g.entities
      .map((e) => ({ entity: all.find((x) => x.key === e.key)!, mentions: e.mentions }))
      .sort((a, b) => b.mentions - a.mentions || all.indexOf(a.entity) - all.indexOf(b.entity));
  }
  async timeline(key: string, q: TimelineQuery): Promise<TimelineEntry[]> {
    const articles = this.articlesSorted();
    const out: TimelineEntry[] = [];
    for (const f of this.factsSorted()) {
      if (f.subject !== key && f.object !== key) continue;
      for (const id of f.articleIds) {
        const article = articles.find((a) => a.id === id)!;
        const d = article.publishedAt;
        if ((q.since || q.until) && (d === null || (q.since && d < q.since) || (q.until && d > q.until))) continue;
        out.push({ date: d, article, fact: f });
      }
    }
    const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
    out.sort((a, b) =>
      a.date !== b.date ? (a.date === null ? 1 : b.date === null ? -1 : cmp(a.date, b.date)) : cmp(a.article.id, b.article.id) || cmp(a.fact.key, b.fact.key),
    );
    return out.slice(0, q.first);
  }
  async cooccurrences(key: string, q: CooccurrenceQuery): Promise<Cooccurrence[]> {
    const all = this.entitiesSorted();
    const me = all.find((e) => e.key === key);
    if (!me) return [];
    const articles = this.articlesSorted().map((a) => a.id);
    return all
      .filter((e) => e.key !== key && (!q.type || e.type === q.type))
      .map((e) => ({ entity: e, articleIds: articles.filter((id) => me.articleIds.includes(id) && e.articleIds.includes(id)) }))
      .filter((c) => c.articleIds.length > 0)
      .sort((a, b) => b.articleIds.length - a.articleIds.length || all.indexOf(a.entity) - all.indexOf(b.entity))
      .slice(0, q.first);
  }
  async shortestPaths(fromKey: string, toKey: string, maxHops: number, first: number): Promise<PathResult[]> {
    const one = await this.shortestPath(fromKey, toKey, maxHops);
    return one ? [one].slice(0, first) : [];
  }
  async predicateCounts(): Promise<PredicateCount[]> {
    const counts = new Map<string, number>();
    for (const f of this.factsSorted()) counts.set(f.predicate, (counts.get(f.predicate) ?? 0) + 1);
    return [...counts].map(([predicate, count]) => ({ predicate, count })).sort((a, b) => b.count - a.count || (a.predicate < b.predicate ? -1 : 1));
  }
  async *iterateArticles(): AsyncIterable<StoredArticle> {
    yield* this.articlesSorted();
  }
  async *iterateEntities(): AsyncIterable<StoredEntity> {
    yield* this.entitiesSorted();
  }
  async *iterateFacts(): AsyncIterable<StoredFact> {
    yield* this.factsSorted();
  }
  async close(): Promise<void> {}
}
