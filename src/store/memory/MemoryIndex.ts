/**
 * In-memory indexes of the embedded store, rebuilt at open from the stored aggregates and
 * updated after each committed write. Pure data structures: no I/O.
 *
 * Adjacency is our own map of entity → fact keys instead of a graphology graph: a fact key
 * per endpoint is all BFS needs (8 bytes per reference, no per-edge attribute objects), the
 * traversals need hop limits that graphology-shortest-path does not offer, and neighbour
 * order must follow the store's entity order.
 */
import type { EntityType, StoredArticle } from '../../model/types.js';
import type { Direction } from '../GraphStore.js';
import { compareStrings } from './records.js';

export interface EntityNode {
  readonly key: string;
  type: EntityType;
  mentionCount: number;
  /** Normalised name and aliases, unique. */
  names: string[];
  /** The facts touching this entity (once per fact, self-loops included once). */
  edges: FactNode[];
  /** Position in the entity order (valid while the index's rank epoch is unchanged). */
  rank: number;
  /** Rank epoch for which `edges` are sorted by (other end's rank, fact key); -1: unsorted. */
  sortedEpoch: number;
}

export interface FactNode {
  readonly key: string;
  /** Internal id (the LMDB key of the fact's records). */
  readonly id: number;
  readonly s: string;
  readonly o: string;
  /** Predicate, upper case. */
  readonly p: string;
  /** Highest confidence. */
  c: number;
}

export interface FactFilter {
  subjectKey?: string;
  objectKey?: string;
  entityKey?: string;
  direction: Direction;
  predicate?: string;
  /** Fact keys of one article. */
  articleFacts?: ReadonlySet<string>;
  minConfidence: number | null;
}

export interface NeighborHit {
  key: string;
  distance: number;
  via: string;
}

export interface PathHit {
  nodes: string[];
  facts: string[];
}

export function compareEntityNodes(a: EntityNode, b: EntityNode): number {
  return b.mentionCount - a.mentionCount || compareStrings(a.key, b.key);
}

/** publishedAt desc (nulls last), then id. */
export function compareArticles(a: Pick<StoredArticle, 'publishedAt' | 'id'>, b: Pick<StoredArticle, 'publishedAt' | 'id'>): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return compareStrings(b.publishedAt, a.publishedAt);
  }
  return compareStrings(a.id, b.id);
}

/** Index of the first element strictly after `pivot` in a sorted array. */
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

function removeFrom<T>(list: T[], item: T): void {
  const i = list.indexOf(item);
  if (i < 0) return;
  const last = list.pop() as T;
  if (i < list.length) list[i] = last;
}

function linkEdge(node: EntityNode | undefined, fact: FactNode): void {
  if (!node) return;
  node.edges.push(fact);
  node.sortedEpoch = -1;
}

function unlinkEdge(node: EntityNode | undefined, fact: FactNode): void {
  if (!node) return;
  const i = node.edges.indexOf(fact);
  if (i < 0) return;
  const last = node.edges.pop() as FactNode;
  if (i < node.edges.length) {
    node.edges[i] = last;
    node.sortedEpoch = -1;
  }
}

/**
 * A copy of a string that owns its characters. Strings decoded from LMDB records are often
 * slices of one string holding the whole record, so keeping a key alone would keep the
 * record's every name and id alive; the index keeps copies instead.
 */
function own(value: string): string {
  return value.length < 13 ? value : (' ' + value).slice(1); // V8 copies slices shorter than 13
}

/** Traversals of one rank epoch done by full scans before entities are re-ranked. */
const RERANK_AFTER_READS = 2;

/** The `k` smallest items by `compare`, sorted (one pass with a sorted buffer of k). */
function smallest<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  for (const item of items) {
    if (best.length === k && compare(item, best[k - 1] as T) >= 0) continue;
    const i = firstAfter(best, (x) => compare(x, item) > 0);
    best.splice(i, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}

function* factKeys(edges: readonly FactNode[]): Generator<string> {
  for (const f of edges) yield f.key;
}

function degreeSum(nodes: readonly EntityNode[]): number {
  let sum = 0;
  for (const n of nodes) sum += n.edges.length;
  return sum;
}

export class MemoryIndex {
  readonly entities = new Map<string, EntityNode>();
  readonly facts = new Map<string, FactNode>();
  readonly articles = new Map<string, StoredArticle>();
  private readonly names = new Map<string, string[]>();
  private readonly predicates = new Map<string, Set<string>>();
  private readonly predicateNames = new Map<string, string>();
  /** Entity key → ids of the articles mentioning it, kept sorted (code-unit order). */
  private readonly mentions = new Map<string, string[]>();
  private entityOrderCache: EntityNode[] | null = null;
  private factOrderCache: string[] | null = null;
  private articleOrderCache: StoredArticle[] | null = null;
  /** Bumped whenever the entity order may have changed; node ranks are valid for `ranksEpoch`. */
  private rankEpoch = 0;
  /** Traversals since the rank epoch last changed (re-ranking waits until reads dominate). */
  private readsInEpoch = 0;
  private readsEpoch = -1;
  private ranksEpoch = -1;

  /* ───────────── updates ───────────── */

  /** Drops everything (a closed store releases its memory even while the object is still referenced). */
  clear(): void {
    for (const m of [this.entities, this.facts, this.articles, this.names, this.predicates, this.predicateNames, this.mentions]) m.clear();
    this.entityOrderCache = null;
    this.factOrderCache = null;
    this.articleOrderCache = null;
    this.rankEpoch++;
  }

  setEntity(key: string, type: EntityType, mentionCount: number, names: string[]): void {
    const node = this.entities.get(key);
    const owned = names.map(own);
    if (node) {
      for (const n of node.names) if (!owned.includes(n)) this.unlinkName(n, node.key);
      for (const n of owned) if (!node.names.includes(n)) this.linkName(n, node.key);
      node.type = type;
      if (node.mentionCount !== mentionCount) this.rankEpoch++;
      node.mentionCount = mentionCount;
      node.names = owned;
    } else {
      this.rankEpoch++;
      const k = own(key);
      this.entities.set(k, { key: k, type, mentionCount, names: owned, edges: [], rank: 0, sortedEpoch: -1 });
      for (const n of owned) this.linkName(n, k);
    }
    this.entityOrderCache = null;
  }

  removeEntity(key: string): void {
    const node = this.entities.get(key);
    if (!node) return;
    for (const n of node.names) this.unlinkName(n, key);
    this.entities.delete(key);
    this.entityOrderCache = null;
    this.rankEpoch++;
  }

  setFact(key: string, s: string, o: string, predicate: string, c: number, id: number): void {
    const existing = this.facts.get(key);
    if (existing) {
      existing.c = c;
      return;
    }
    // Interned strings: endpoint keys shared with the entity nodes, predicates with each other.
    let p = this.predicateNames.get(predicate);
    if (p === undefined) this.predicateNames.set(own(predicate), (p = own(predicate.toUpperCase())));
    const sNode = this.entities.get(s);
    const oNode = this.entities.get(o);
    const owned = own(key);
    const fact: FactNode = { key: owned, id, s: sNode?.key ?? own(s), o: oNode?.key ?? own(o), p, c };
    this.facts.set(owned, fact);
    linkEdge(sNode, fact);
    if (o !== s) linkEdge(oNode, fact);
    let set = this.predicates.get(p);
    if (!set) this.predicates.set(p, (set = new Set()));
    set.add(owned);
    this.factOrderCache = null;
  }

  removeFact(key: string): void {
    const f = this.facts.get(key);
    if (!f) return;
    this.facts.delete(key);
    unlinkEdge(this.entities.get(f.s), f);
    if (f.o !== f.s) unlinkEdge(this.entities.get(f.o), f);
    const set = this.predicates.get(f.p);
    set?.delete(key);
    if (set && set.size === 0) this.predicates.delete(f.p);
    this.factOrderCache = null;
  }

  setArticle(article: StoredArticle): void {
    const a: StoredArticle = {
      ...article,
      id: own(article.id),
      title: article.title === null ? null : own(article.title),
      source: own(article.source),
      publishedAt: article.publishedAt === null ? null : own(article.publishedAt),
      hash: own(article.hash),
    };
    this.articles.set(a.id, a);
    this.articleOrderCache = null;
  }

  removeArticle(id: string): void {
    if (this.articles.delete(id)) this.articleOrderCache = null;
  }

  /** Links an article to an entity (idempotent); the id string is shared with the article entry when known. */
  addMention(entityKey: string, articleId: string): void {
    const id = this.articles.get(articleId)?.id ?? own(articleId);
    let ids = this.mentions.get(entityKey);
    if (!ids) {
      this.mentions.set(this.entities.get(entityKey)?.key ?? own(entityKey), [id]);
      return;
    }
    const last = ids[ids.length - 1] as string;
    if (compareStrings(last, id) < 0) {
      ids.push(id);
      return;
    }
    const i = firstAfter(ids, (x) => compareStrings(x, id) >= 0);
    if (ids[i] !== id) ids.splice(i, 0, id);
  }

  removeMention(entityKey: string, articleId: string): void {
    const ids = this.mentions.get(entityKey);
    if (!ids) return;
    const i = firstAfter(ids, (x) => compareStrings(x, articleId) >= 0);
    if (ids[i] === articleId) ids.splice(i, 1);
    if (ids.length === 0) this.mentions.delete(entityKey);
  }

  /** Article ids of an entity in code-unit order (do not mutate). */
  articleIdsOf(entityKey: string): readonly string[] {
    return this.mentions.get(entityKey) ?? [];
  }

  private linkName(name: string, key: string): void {
    const keys = this.names.get(name);
    if (!keys) this.names.set(name, [key]);
    else if (!keys.includes(key)) keys.push(key);
  }

  private unlinkName(name: string, key: string): void {
    const keys = this.names.get(name);
    if (!keys) return;
    removeFrom(keys, key);
    if (keys.length === 0) this.names.delete(name);
  }

  /* ───────────── lookups ───────────── */

  /** Entity key for a normalised name/alias: highest mentionCount wins, ties the smaller key. */
  findKey(normalizedName: string): string | null {
    const keys = this.names.get(normalizedName);
    if (!keys) return null;
    let best: EntityNode | null = null;
    for (const k of keys) {
      const node = this.entities.get(k);
      if (node && (!best || compareEntityNodes(node, best) < 0)) best = node;
    }
    return best ? best.key : null;
  }

  entityOrder(): readonly EntityNode[] {
    if (!this.entityOrderCache) this.entityOrderCache = [...this.entities.values()].sort(compareEntityNodes);
    return this.entityOrderCache;
  }

  /** Assigns every node its position in the entity order (once per rank epoch). */
  private ensureRanks(): void {
    if (this.ranksEpoch === this.rankEpoch) return;
    const order = this.entityOrder();
    for (let i = 0; i < order.length; i++) (order[i] as EntityNode).rank = i;
    this.ranksEpoch = this.rankEpoch;
  }

  /**
   * The node's facts ordered by the other end's rank, then fact key (self-loops first), sorted
   * lazily once per rank epoch: traversals then read only the prefix they need instead of
   * scanning a hub's whole adjacency. Call ensureRanks() first.
   */
  private sortedEdges(node: EntityNode): readonly FactNode[] {
    if (node.sortedEpoch === this.rankEpoch) return node.edges;
    const n = node.edges.length;
    const ranks = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const f = node.edges[i] as FactNode;
      const other = f.s === node.key ? f.o : f.s;
      ranks[i] = other === node.key ? -1 : (this.entities.get(other)?.rank ?? Number.MAX_SAFE_INTEGER);
    }
    const perm = Array.from({ length: n }, (_, i) => i);
    const edges = node.edges;
    perm.sort((a, b) => (ranks[a] as number) - (ranks[b] as number) || compareStrings((edges[a] as FactNode).key, (edges[b] as FactNode).key));
    node.edges = perm.map((i) => edges[i] as FactNode);
    node.sortedEpoch = this.rankEpoch;
    return node.edges;
  }

  factOrder(): readonly string[] {
    if (!this.factOrderCache) this.factOrderCache = [...this.facts.keys()].sort(compareStrings);
    return this.factOrderCache;
  }

  articleOrder(): readonly StoredArticle[] {
    if (!this.articleOrderCache) this.articleOrderCache = [...this.articles.values()].sort(compareArticles);
    return this.articleOrderCache;
  }

  /** Matching fact keys in key order. */
  queryFacts(filter: FactFilter): readonly string[] {
    const candidates: Iterable<string>[] = [];
    const sizes: number[] = [];
    const addCandidates = (keys: Iterable<string> | undefined, size: number): void => {
      candidates.push(keys ?? []);
      sizes.push(keys ? size : 0);
    };
    for (const k of [filter.subjectKey, filter.objectKey, filter.entityKey]) {
      if (k !== undefined) {
        const node = this.entities.get(k);
        addCandidates(node ? factKeys(node.edges) : undefined, node?.edges.length ?? 0);
      }
    }
    if (filter.predicate !== undefined) {
      const set = this.predicates.get(filter.predicate.toUpperCase());
      addCandidates(set, set?.size ?? 0);
    }
    if (filter.articleFacts !== undefined) addCandidates(filter.articleFacts, filter.articleFacts.size);

    const accept = (f: FactNode): boolean =>
      (filter.subjectKey === undefined || f.s === filter.subjectKey) &&
      (filter.objectKey === undefined || f.o === filter.objectKey) &&
      (filter.entityKey === undefined ||
        (filter.direction === 'OUT'
          ? f.s === filter.entityKey
          : filter.direction === 'IN'
            ? f.o === filter.entityKey
            : f.s === filter.entityKey || f.o === filter.entityKey)) &&
      (filter.predicate === undefined || f.p === filter.predicate.toUpperCase()) &&
      (filter.articleFacts === undefined || filter.articleFacts.has(f.key)) &&
      (filter.minConfidence === null || f.c >= filter.minConfidence);

    if (candidates.length === 0) {
      const all = this.factOrder();
      if (filter.minConfidence === null) return all;
      return all.filter((k) => accept(this.facts.get(k) as FactNode));
    }
    let smallest = 0;
    for (let i = 1; i < sizes.length; i++) if ((sizes[i] as number) < (sizes[smallest] as number)) smallest = i;
    const out: string[] = [];
    for (const k of candidates[smallest] as Iterable<string>) {
      const f = this.facts.get(k);
      if (f && accept(f)) out.push(k);
    }
    return out.sort(compareStrings);
  }

  /* ───────────── traversals ───────────── */

  /**
   * Breadth-first neighbourhood. Each layer is ordered like the entity list; a neighbour's
   * `via` is the smallest fact key from the first (in that order) entity of the previous
   * layer that reaches it. Stops once `first` results are known.
   */
  neighbors(start: string, depth: number, first: number): NeighborHit[] {
    const startNode = this.entities.get(start);
    if (!startNode) return [];
    // Right after writes that change the entity order, re-ranking every entity and re-sorting
    // hub adjacencies would cost more than one full scan: the first traversals of a new epoch
    // scan whole adjacency lists; once reads dominate, ranks are recomputed and scans bounded.
    if (this.readsEpoch !== this.rankEpoch) {
      this.readsEpoch = this.rankEpoch;
      this.readsInEpoch = 0;
    }
    const ranked = ++this.readsInEpoch > RERANK_AFTER_READS || this.ranksEpoch === this.rankEpoch;
    if (ranked) this.ensureRanks();
    const seen = new Set<EntityNode>([startNode]);
    const out: NeighborHit[] = [];
    let frontier: EntityNode[] = [startNode];
    for (let distance = 1; distance <= depth && frontier.length > 0 && out.length < first; distance++) {
      const need = first - out.length;
      // Candidate → via fact, from the first frontier node (in order) that reaches it.
      const layer = new Map<EntityNode, FactNode>();
      for (const u of frontier) {
        if (ranked) this.scanRanked(u, need, seen, layer);
        else this.scanAll(u, seen, layer);
      }
      const hits = smallest(layer.keys(), need, compareEntityNodes);
      for (const v of hits) {
        seen.add(v);
        out.push({ key: v.key, distance, via: (layer.get(v) as FactNode).key });
      }
      frontier = hits;
    }
    return out;
  }

  /**
   * Adds u's unseen neighbours to the layer, reading u's rank-sorted edges only up to its
   * `need`-th distinct unseen neighbour: no later neighbour of u can be among the layer's best
   * `need`. The first edge to a neighbour has the smallest fact key (edges are sorted by key
   * within a neighbour).
   */
  private scanRanked(u: EntityNode, need: number, seen: ReadonlySet<EntityNode>, layer: Map<EntityNode, FactNode>): void {
    let distinct = 0;
    let last: EntityNode | null = null;
    for (const f of this.sortedEdges(u)) {
      const vKey = f.s === u.key ? f.o : f.s;
      if (last !== null && last.key === vKey) continue;
      const v = this.entities.get(vKey);
      if (!v) continue;
      last = v;
      if (seen.has(v)) continue;
      if (distinct >= need) break;
      distinct++;
      if (!layer.has(v)) layer.set(v, f);
    }
  }

  /** Adds all of u's unseen neighbours to the layer (unsorted edges: smallest key per neighbour). */
  private scanAll(u: EntityNode, seen: ReadonlySet<EntityNode>, layer: Map<EntityNode, FactNode>): void {
    const mine = new Set<EntityNode>();
    for (const f of u.edges) {
      const v = this.entities.get(f.s === u.key ? f.o : f.s);
      if (!v || seen.has(v)) continue;
      const via = layer.get(v);
      if (via === undefined) {
        layer.set(v, f);
        mine.add(v);
      } else if (mine.has(v) && compareStrings(f.key, via.key) < 0) layer.set(v, f);
    }
  }


  /**
   * Bidirectional breadth-first search over undirected facts, at most maxHops facts: each step
   * expands the side whose frontier has fewer edges and returns at the first meeting node (any
   * shortest path is a valid answer). On the last hop nothing new is recorded, only looked up.
   */
  shortestPath(from: string, to: string, maxHops: number): PathHit | null {
    const a = this.entities.get(from);
    const b = this.entities.get(to);
    if (!a || !b) return null;
    if (a === b) return { nodes: [from], facts: [] };
    // parent maps: node → fact toward the side's origin (null at the origin)
    const parentF = new Map<EntityNode, FactNode | null>([[a, null]]);
    const parentB = new Map<EntityNode, FactNode | null>([[b, null]]);
    let frontierF: EntityNode[] = [a];
    let frontierB: EntityNode[] = [b];
    for (let hops = 0; hops < maxHops && frontierF.length > 0 && frontierB.length > 0; hops++) {
      const forward = degreeSum(frontierF) <= degreeSum(frontierB);
      const frontier = forward ? frontierF : frontierB;
      const mine = forward ? parentF : parentB;
      const other = forward ? parentB : parentF;
      const lastHop = hops + 1 === maxHops;
      const next: EntityNode[] = [];
      for (const u of frontier) {
        for (const f of u.edges) {
          const vKey = f.s === u.key ? f.o : f.s;
          const v = this.entities.get(vKey);
          if (!v || mine.has(v)) continue;
          if (other.has(v)) {
            mine.set(v, f);
            return this.joinPath(v, parentF, parentB);
          }
          if (lastHop) continue;
          mine.set(v, f);
          next.push(v);
        }
      }
      if (forward) frontierF = next;
      else frontierB = next;
    }
    return null;
  }

  private joinPath(meet: EntityNode, parentF: Map<EntityNode, FactNode | null>, parentB: Map<EntityNode, FactNode | null>): PathHit {
    const nodes: string[] = [meet.key];
    const facts: string[] = [];
    for (let node = meet, f = parentF.get(meet); f; f = parentF.get(node)) {
      const prev = f.s === node.key ? f.o : f.s;
      nodes.unshift(prev);
      facts.unshift(f.key);
      node = this.entities.get(prev) as EntityNode;
    }
    for (let node = meet, f = parentB.get(meet); f; f = parentB.get(node)) {
      const next = f.s === node.key ? f.o : f.s;
      nodes.push(next);
      facts.push(f.key);
      node = this.entities.get(next) as EntityNode;
    }
    return { nodes, facts };
  }}
